package org.zhicheng.rest.internal.dto;

/** Body of {@code POST /api/v1/registrations}: an applicant registers themself and their account. */
public record RegistrationRequest(String username, String password, NewApplicantRequest applicant) {
}
