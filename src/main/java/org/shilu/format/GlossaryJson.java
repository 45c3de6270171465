package org.shilu.format;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shilu.model.Glossary;

/**
 * The glossary as the project file and the journal write it: {@code "glossary"} beside the turns,
 * only when it has terms; a term's abbreviation and note only when given.
 */
final class GlossaryJson {
    private GlossaryJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TermJson(String term, String abbreviation, String note) {
    }

    /** The terms to write, or null when there are none (older files keep their bytes). */
    static List<TermJson> of(Glossary glossary) {
        return glossary == null || glossary.isEmpty() ? null
                : glossary.terms().stream().map(t -> new TermJson(t.term(), t.abbreviation(), t.note())).toList();
    }

    /** The journal's form: an empty list says the glossary was emptied, null that it did not change. */
    static List<TermJson> ofChange(Glossary glossary) {
        return glossary == null ? null : glossary.terms().stream().map(t -> new TermJson(t.term(), t.abbreviation(), t.note())).toList();
    }

    static Glossary toGlossary(List<TermJson> json) {
        if (json == null) {
            return Glossary.EMPTY;
        }
        return new Glossary(json.stream().map(t -> new Glossary.Term(ProjectJson.required(t.term(), "glossary.term"),
                t.abbreviation(), t.note())).toList());
    }
}
