package org.zhicheng.rest.internal.dto;

import java.util.List;

/**
 * Body of {@code GET /api/v1/applications/{id}/sections}: every section with its values, and what still keeps the
 * file from being submitted (R-13; null for a blind expert, who reads only what is not identity).
 */
public record FileContentDto(List<FileSectionDto> sections, List<String> missing) {
}
