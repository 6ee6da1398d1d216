package dev.ashlar.domain;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.domain.command.ActionCommand;
import dev.ashlar.domain.command.CommandsBuilder;
import dev.ashlar.domain.command.GetCommand;
import dev.ashlar.domain.command.UpdateCommand;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Command declarations are checked when the domain is built, each problem naming the command. */
class CommandDeclarationTest {
    static final Resource USER = Resource.define("User", r -> r.table("users")
            .attributes(a -> a.uuidPrimaryKey("id").string("email").required().string("name")
                    .string("hashed_password").sensitive())
            .identity("unique_email", "email")
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("email", "name")
                    .create("register", c -> c.accept("email").sensitiveArgument("password", AttributeType.string()))
                    .generic("generate", g -> g.requiredArgument("count", AttributeType.integer())
                            .run(in -> List.of()))));

    private static List<String> problems(Consumer<CommandsBuilder> spec) {
        DeclarationException e = catchThrowableOfType(() -> Domain.define("d", d -> d.resources(USER).commands(spec)),
                DeclarationException.class);
        assertThat(e).as("the domain was accepted").isNotNull();
        return e.problems();
    }

    @Test
    void everyKindIsDeclaredAndKept() {
        Domain d = Domain.define("d", x -> x.resources(USER).commands(c -> c
                .action("generate_user", USER, "generate", o -> o.description("Makes users").positionals("count"))
                .create("create_user", USER, "create", o -> o.positionals("email"))
                .get("get_user", USER, "read", o -> o.identity("unique_email"))
                .list("list_users", USER, "read")
                .update("rename_user", USER, "update", o -> o.positionals("name").readAction("read"))
                .destroy("destroy_user", USER, "destroy")));

        assertThat(d.commands()).hasSize(6);
        assertThat(d.command("generate_user")).get().isEqualTo(
                new ActionCommand("generate_user", "User", "generate", "Makes users", List.of("count")));
        assertThat(d.command("get_user")).get().isInstanceOf(GetCommand.class)
                .extracting(c -> ((GetCommand) c).identity()).isEqualTo("unique_email");
        assertThat(((UpdateCommand) d.command("rename_user").orElseThrow()).readAction()).isEqualTo("read");
    }

    @Test
    void duplicateAndReservedNamesAreRejected() {
        assertThat(problems(c -> c.list("users", USER, "read").list("users", USER, "read")))
                .containsExactly("command users: declared twice");
        assertThat(problems(c -> c.list("migrate", USER, "read"))).singleElement().asString()
                .startsWith("command migrate: the ashlar command has a command of that name");
        assertThat(problems(c -> c.list("seed", USER, "read"))).hasSize(1);
        assertThat(problems(c -> c.list("List Users", USER, "read"))).singleElement().asString()
                .contains("lower case");
    }

    @Test
    void unknownActionsAndWrongKindsAreRejected() {
        assertThat(problems(c -> c.list("list_users", USER, "everyone"))).singleElement().asString()
                .isEqualTo("command list_users: User has no action everyone; it has [create, read, update, destroy, "
                        + "register, generate]");
        assertThat(problems(c -> c.create("make_user", USER, "read"))).singleElement().asString()
                .contains("User.read is a read action; this command needs a create action");
        assertThat(problems(c -> c.update("fix_user", USER, "update", o -> o.readAction("generate"))))
                .singleElement().asString().contains("User.generate is a generic action");
    }

    @Test
    void unknownIdentitiesAndMisplacedOptionsAreRejected() {
        assertThat(problems(c -> c.get("get_user", USER, "read", o -> o.identity("unique_name"))))
                .singleElement().asString()
                .isEqualTo("command get_user: User has no identity unique_name; it has [unique_email]");
        assertThat(problems(c -> c.list("list_users", USER, "read", o -> o.identity("unique_email"))))
                .singleElement().asString().contains("apply to get, update and destroy only");
    }

    @Test
    void positionalsMustBeInputsAndNeverSensitive() {
        assertThat(problems(c -> c.action("generate_user", USER, "generate", o -> o.positionals("how_many"))))
                .singleElement().asString()
                .isEqualTo("command generate_user: positional how_many is not an argument of User.generate; it has "
                        + "[count]");
        assertThat(problems(c -> c.create("register", USER, "register", o -> o.positionals("email", "password"))))
                .singleElement().asString().contains("positional password is sensitive");
    }
}
