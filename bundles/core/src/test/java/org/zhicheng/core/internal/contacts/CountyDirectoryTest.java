package org.zhicheng.core.internal.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.contacts.CountyBureaus;
import org.zhicheng.core.internal.campaign.TestCampaigns;

class CountyDirectoryTest {

    private static CountyDirectory defaults() {
        return new CountyDirectory(TestCampaigns.configuration(CountyDirectory.Configuration.class, Map.of()));
    }

    @Test
    void theDefaultsAreTheNoticesNineCountiesWithBothBureausPhones_R39() throws IOException {
        // shared/spec/counties.csv, distilled from the notice, beside the repository
        Path csv = Path.of("../../../shared/spec/counties.csv");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).toList();
        List<CountyBureaus> counties = defaults().counties();
        assertEquals(rows.size(), counties.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",");
            assertEquals(new CountyBureaus(cells[0], cells[1], cells[2]), counties.get(i));
        }
        CountyBureaus kuqa = defaults().county("库车市").orElseThrow();
        assertEquals("库车市人社局", kuqa.hrBureau());
        assertEquals("0997-7779728", kuqa.educationBureauPhone());
        assertTrue(defaults().county("喀什市").isEmpty());
    }

    @Test
    void aWrongEntryIsRefusedNamingIt_R39() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> CountyDirectory.parse("阿克苏市:0997-2657720:0997-2133363, 库车市:7779802"));
        assertTrue(wrong.getMessage().contains("'库车市:7779802'"), wrong.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CountyDirectory.parse("库车市:0997-7779802:0997-7779728, 库车市:0997-7779802:0997-7779728"))
                .getMessage().contains("twice"));
    }
}
