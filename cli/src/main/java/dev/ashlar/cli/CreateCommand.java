package dev.ashlar.cli;

import dev.ashlar.migration.Migrations;
import picocli.CommandLine.Command;

/** {@code ashlar create}: creates each repo's database if it is missing. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Creates each repo's database (a PostgreSQL database through the maintenance database "
                + "'postgres', an SQLite file); an existing one is left as it is.")
final class CreateCommand extends DatabaseCommand {

    @Override
    void run(Project project, Migrations migrations, String repo, Output out) {
        boolean created = migrations.storage(repo).create();
        out.println("repo " + project.describe(repo) + ": " + (created ? "database created" : "database already exists"));
    }
}
