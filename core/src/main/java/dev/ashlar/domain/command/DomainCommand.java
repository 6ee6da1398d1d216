package dev.ashlar.domain.command;

import java.util.List;
import java.util.Set;

/**
 * One action of one resource offered as an {@code ashlar} command. There is one kind per way a command finds and
 * touches rows; the command line reads the kind to know which options it takes.
 */
public sealed interface DomainCommand
        permits ActionCommand, CreateCommand, ListCommand, DomainCommand.Targeted {

    /** Names the {@code ashlar} command uses itself; a domain command may not take them. */
    Set<String> RESERVED_NAMES = Set.of("codegen", "migrate", "rollback", "baseline", "create", "drop", "status",
            "seed", "reset", "repair", "diff", "help", "generate", "completion");

    /** The command's name, as typed after {@code ashlar}. */
    String name();

    /** The resource whose action runs. */
    String resource();

    /** The action that runs. */
    String action();

    /** One line for {@code --help}; empty when none was given. */
    String description();

    /**
     * Inputs taken as positional arguments, in order: arguments of the action or attributes it accepts. Commands
     * that find one row ({@link Targeted}) take the key fields first.
     */
    List<String> positionals();

    /** A command that finds one row first: by primary key, or by the keys of an identity. */
    sealed interface Targeted extends DomainCommand permits GetCommand, UpdateCommand, DestroyCommand {
        /** The identity whose keys find the row, or {@code null} for the primary key. */
        String identity();

        /** The read action that finds the row, or {@code null} for the resource's primary read action. */
        String readAction();
    }
}
