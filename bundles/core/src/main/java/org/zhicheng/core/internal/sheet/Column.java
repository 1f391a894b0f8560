package org.zhicheng.core.internal.sheet;

/** A column of an import's template: its Chinese header (what the template shows) and the English one also accepted. */
public record Column(String chinese, String english) {

    public boolean matches(String header) {
        return chinese.equals(header) || english.equalsIgnoreCase(header);
    }
}
