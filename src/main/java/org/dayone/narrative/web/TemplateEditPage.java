package org.dayone.narrative.web;

import org.jspecify.annotations.Nullable;

/** The template editor's model: the key being edited (empty for a new one), the YAML text and any error. */
public record TemplateEditPage(String key, String yaml, boolean isNew, @Nullable String error) {
}
