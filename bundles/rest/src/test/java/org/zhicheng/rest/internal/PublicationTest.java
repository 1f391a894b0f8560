package org.zhicheng.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Which components the REST API waits for before the whiteboard publishes it (issue 16 item 4). */
class PublicationTest {

    @Test
    void waitsForEnabledResourcesAndExtensionsOnly() {
        Set<String> names = Publication.whiteboardComponents(List.of(
                component("resource", true, Map.of("osgi.jaxrs.resource", Boolean.TRUE)),
                component("extension", true, Map.of("osgi.jaxrs.extension", "true")),
                component("disabled", false, Map.of("osgi.jaxrs.resource", Boolean.TRUE)),
                component("switchedOff", true, Map.of("osgi.jaxrs.resource", "false")),
                component("metrics", true, Map.of("service.vendor", "zhicheng"))));

        assertEquals(Set.of("resource", "extension"), names);
    }

    private static ComponentDescriptionDTO component(String name, boolean enabled, Map<String, Object> properties) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = name;
        description.defaultEnabled = enabled;
        description.properties = properties;
        return description;
    }
}
