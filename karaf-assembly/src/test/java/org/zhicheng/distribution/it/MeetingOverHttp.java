package org.zhicheng.distribution.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A committee's decision taken over HTTP only, the way the platform takes it (issue 14), for tests whose subject is
 * what comes before or after it: eleven (or more) experts of the series' pool with member accounts, appointed for 2022-2024 (the
 * first the chair), the meeting scheduled on the day given, opened with everyone present, every member voting the
 * file's way on their own ballot, closed with the pass rate (senior only, R-34) and signed by the chair. The
 * meeting's own rules are MeetingTests' and MeetingBrowserIT's subject. A refusal is an AssertionError with the
 * problem's text.
 */
final class MeetingOverHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int port;
    private final Http.Credentials office;
    private final int size;

    /**
     * Eleven members: a committee built for one specialty of several (the regulation's minimum for a senior one).
     *
     * @param office the committee office of the committee's series (or an integration): runs the meeting
     */
    MeetingOverHttp(int port, Http.Credentials office) {
        this(port, office, 11);
    }

    /** @param size the members, odd: 25 for a senior committee that is its series' only one (the regulation) */
    MeetingOverHttp(int port, Http.Credentials office, int size) {
        this.port = port;
        this.office = office;
        this.size = size;
    }

    /** Member {@code i} (1 the chair) of the committee: an expert id that is also the account's name. */
    static Http.Credentials member(String committeeId, int i) {
        String id = "cm-%s-%02d".formatted(committeeId.replace('.', '-'), i);
        return new Http.Credentials(id, "secret-" + id);
    }

    /**
     * Holds the committee's meeting for the year and grade ({@code SENIOR}, {@code INTERMEDIATE} …) on {@code day},
     * which the platform's today must be in the meetings window for; the files in {@code votes} get every
     * member's yes (true) or no (false). The signed minutes.
     */
    JsonNode decide(String committeeId, int year, String grade, String day, BigDecimal seniorPassRate,
                    Map<Long, Boolean> votes) throws IOException, InterruptedException {
        List<Http.Credentials> members = appoint(committeeId);
        ObjectNode schedule = JSON.createObjectNode().put("year", year).put("grade", grade).put("date", day)
                .put("place", "评审会议室");
        String at = "/api/v1/meetings/" + call(200, "POST", "/api/v1/meetings/committees/" + committeeId, schedule, office)
                .get("id").asLong();
        HttpResult opening = open(committeeId, Long.parseLong(at.substring(at.lastIndexOf('/') + 1)));
        if (opening.status() != 200) {
            throw new AssertionError("POST " + at + "/opening: " + opening.status() + " " + opening.body());
        }
        JsonNode open = JSON.readTree(opening.body());
        for (JsonNode candidate : open.get("candidates")) {
            Boolean yes = votes.get(candidate.asLong());
            if (yes == null) {
                continue; // nobody votes: it fails the ballot
            }
            ObjectNode choice = JSON.createObjectNode().put("choice", yes ? "YES" : "NO");
            for (Http.Credentials member : members) {
                call(200, "POST", at + "/ballot/" + candidate.asLong(), choice, member);
            }
        }
        ObjectNode closing = JSON.createObjectNode();
        if (seniorPassRate != null) {
            closing.put("seniorPassRate", seniorPassRate);
        }
        JsonNode closed = call(200, "POST", at + "/closing", closing, office);
        ObjectNode signature = JSON.createObjectNode();
        ArrayNode winners = signature.putArray("tieWinners");
        for (int i = 0; i < closed.get("seatsForTied").asInt(); i++) {
            winners.add(closed.get("tiedAtCap").get(i).asLong());
        }
        return call(200, "POST", at + "/signature", signature, members.get(0));
    }

    /** Opens the meeting with all members present; the answer as it came, for the caller to check. */
    HttpResult open(String committeeId, long meetingId) throws IOException, InterruptedException {
        ObjectNode attendance = JSON.createObjectNode();
        ArrayNode present = attendance.putArray("present");
        for (int i = 1; i <= size; i++) {
            present.add(member(committeeId, i).user());
        }
        return Http.request(port, "POST", "/api/v1/meetings/" + meetingId + "/opening", attendance.toString(), office);
    }

    /**
     * The members in the series' pool with their accounts, appointed unless they already are: once per committee and
     * distribution, since each account costs a slow password hash.
     */
    List<Http.Credentials> appoint(String committeeId) throws IOException, InterruptedException {
        String series = committeeId.substring(0, committeeId.lastIndexOf('.'));
        String roster = "/api/v1/meetings/committees/" + committeeId + "/members";
        List<Http.Credentials> members = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i <= size; i++) {
            members.add(member(committeeId, i));
            ids.add(member(committeeId, i).user());
        }
        Set<String> appointed = new HashSet<>();
        call(200, "GET", roster, null, office).forEach(m -> appointed.add(m.get("expertId").asText()));
        if (appointed.equals(ids)) {
            return members;
        }
        ArrayNode appointments = JSON.createArrayNode();
        for (int i = 0; i < size; i++) {
            Http.Credentials member = members.get(i);
            ObjectNode expert = JSON.createObjectNode().put("id", member.user()).put("name", "委员" + (i + 1))
                    .put("employer", "评审委员会委员单位");
            expert.putArray("seriesCodes").add(series);
            call(201, "POST", "/api/v1/experts", expert, office);
            ObjectNode account = JSON.createObjectNode().put("username", member.user()).put("role", "EXPERT")
                    .put("expertId", member.user()).put("password", member.password());
            HttpResult created = Http.request(port, "POST", "/api/v1/accounts", account.toString(), Api.demo("admin"));
            if (created.status() != 201 && created.status() != 409) { // 409: made by an earlier meeting of the suite
                throw new AssertionError("POST /api/v1/accounts: " + created.status() + " " + created.body());
            }
            appointments.addObject().put("expertId", member.user()).put("title", "正高").put("role", i == 0 ? "主任委员" : "委员")
                    .put("termStart", "2022-01-01").put("termEnd", "2024-12-31");
        }
        call(200, "PUT", roster, appointments, office);
        return members;
    }

    private JsonNode call(int expected, String method, String path, JsonNode body, Http.Credentials caller)
            throws IOException, InterruptedException {
        HttpResult response = Http.request(port, method, path, body == null ? null : body.toString(), caller);
        if (response.status() != expected) {
            throw new AssertionError(method + " " + path + ": " + response.status() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
