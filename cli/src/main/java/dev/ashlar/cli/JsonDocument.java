package dev.ashlar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ashlar.migration.drift.DriftReport;
import dev.ashlar.migration.drift.SchemaDifference;
import dev.ashlar.migration.spi.MigrationInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON documents of {@code status --format json} and {@code diff --format json}. Field names are snake_case
 * and stable (documented in the README); fields keep their order; absent values are {@code null}.
 */
final class JsonDocument {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDocument() {
    }

    /** The fields every repo object starts with. */
    static Map<String, Object> repo(Project project, String repo) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("repo", repo);
        out.put("data_layer", project.selector().selectFor(project.domain(), project.repoConfig(repo)).id());
        out.put("url", project.repoConfig(repo).redactedUrl());
        out.put("retired", !project.domain().repos().contains(repo));
        return out;
    }

    static Map<String, Object> migration(MigrationInfo m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", m.version());
        out.put("description", m.description());
        out.put("state", m.state().name().toLowerCase(Locale.ROOT));
        out.put("applied_at", m.appliedAt() == null ? null : m.appliedAt().toString());
        out.put("destructive", m.destructive());
        return out;
    }

    /** The drift fields of one repo, added to {@code repo}. */
    static Map<String, Object> drift(Map<String, Object> repo, DriftReport report) {
        repo.put("drift", report.hasDrift());
        repo.put("applied_version", report.appliedVersion());
        repo.put("declaration_matches_snapshots", report.declarationMatchesSnapshots());
        repo.put("differences", report.differences().stream().map(JsonDocument::difference).toList());
        repo.put("notes", report.notes());
        return repo;
    }

    private static Map<String, Object> difference(SchemaDifference d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", d.kind().id());
        out.put("table", d.table());
        out.put("name", d.name());
        out.put("expected", d.expected());
        out.put("actual", d.actual());
        out.put("description", d.describe());
        return out;
    }

    /** {@code {"<field>": ..., "repos": [...]}} as text. */
    static String document(Map<String, Object> fields, List<Map<String, Object>> repos) {
        Map<String, Object> out = new LinkedHashMap<>(fields);
        out.put("repos", repos);
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document of strings, numbers and booleans cannot fail to render", e);
        }
    }
}
