package org.zhicheng.rest.internal.dto;

/**
 * Body of {@code POST /api/v1/registrations}: an applicant registers themself and their account, naming their unit by
 * {@code applicant.unitId}, or proposing a unit not on record ({@code proposedUnit}, confirmed later by its county
 * bureau; no file before that).
 */
public record RegistrationRequest(String username, String password, NewApplicantRequest applicant,
                                  NewUnitRequest proposedUnit) {
}
