package org.zhicheng.rest.internal.resources;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.FileContentDto;
import org.zhicheng.rest.internal.dto.FileSectionDto;
import org.zhicheng.rest.internal.dto.Inputs;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's file section by section: read by whoever may see the file (an assigned expert only what is
 * not identity, R-17), each section replaced as a whole by the applicant while the file is a draft or returned.
 * Filling does not change the file's {@code version}.
 */
@Component(service = FileSectionResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications/{id}/sections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "file-content", description = "申报内容 / the file's sections and personal commitment (R-13, R-17)")
public class FileSectionResource {

    private final FileContentService contents;

    @Activate
    public FileSectionResource(@Reference FileContentService contents) {
        this.contents = contents;
    }

    /** Core's common sections then the series' own, each with its fields and values; what is still missing. */
    @GET
    public FileContentDto sections(@PathParam("id") long id, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        List<FileSection> sections = contents.sections(id, actor);
        if (actor.role() == Role.EXPERT) {
            Map<String, Map<String, String>> blind = contents.anonymisedValues(id, actor);
            return new FileContentDto(sections.stream().filter(s -> blind.containsKey(s.id()))
                    .map(s -> FileSectionDto.of(s, blind.get(s.id()), true)).toList(), null);
        }
        Map<String, Map<String, String>> values = contents.allValues(id, actor);
        return new FileContentDto(sections.stream().map(s -> FileSectionDto.of(s, values.getOrDefault(s.id(), Map.of()), false))
                .toList(), contents.missing(id, actor));
    }

    /** Body: a JSON object of field id to value; fields left out or blank are emptied. Answers the saved section. */
    @PUT
    @Path("{sectionId}")
    public FileSectionDto save(@PathParam("id") long id, @PathParam("sectionId") String sectionId, Map<String, String> values,
                               @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        contents.save(id, sectionId, Inputs.body(values), actor);
        FileSection section = contents.sections(id, actor).stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .orElseThrow();
        return FileSectionDto.of(section, contents.values(id, sectionId, actor), false);
    }
}
