package dev.ashlar.domain;

import dev.ashlar.domain.command.CommandsBuilder;
import dev.ashlar.domain.command.DomainCommand;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A validated set of resources, their code interfaces and the commands the {@code ashlar} command line offers for
 * them. Building one checks the whole declaration and raises a {@link DeclarationException} listing every problem,
 * each naming the resource and field. {@link #define} is the only way to make one (a class with a private
 * constructor rather than a record, whose public canonical constructor would skip the checks), so every domain the
 * runtime and the tooling see has been checked. Immutable.
 */
public final class Domain {
    private final String name;
    private final List<Resource> resources;
    private final Map<String, CodeInterface> codeInterfaces;
    private final List<DomainCommand> commands;

    private Domain(String name, List<Resource> resources, Map<String, CodeInterface> codeInterfaces,
                   List<DomainCommand> commands) {
        this.name = Objects.requireNonNull(name, "name");
        this.resources = List.copyOf(resources);
        this.codeInterfaces = Collections.unmodifiableMap(new LinkedHashMap<>(codeInterfaces));
        this.commands = List.copyOf(commands);
    }

    public String name() {
        return name;
    }

    /** The resources, in declaration order. */
    public List<Resource> resources() {
        return resources;
    }

    /** The code interfaces by name, in declaration order. */
    public Map<String, CodeInterface> codeInterfaces() {
        return codeInterfaces;
    }

    /** The commands the {@code ashlar} command line offers, in declaration order. */
    public List<DomainCommand> commands() {
        return commands;
    }

    public static Domain define(String name, Consumer<Builder> spec) {
        Builder builder = new Builder(name);
        spec.accept(builder);
        return builder.build();
    }

    public Optional<Resource> resource(String resourceName) {
        return resources.stream().filter(r -> r.name().equals(resourceName)).findFirst();
    }

    /** The resource, or a {@link DeclarationException} naming the known ones. */
    public Resource require(String resourceName) {
        return resource(resourceName).orElseThrow(() -> new DeclarationException("resource " + resourceName
                + " is not in domain " + name + "; it has " + resources.stream().map(Resource::name).toList()));
    }

    /** The command declared with this name. */
    public Optional<DomainCommand> command(String commandName) {
        return commands.stream().filter(c -> c.name().equals(commandName)).findFirst();
    }

    /** The repos the domain's resources use, in first-use order. */
    public Set<String> repos() {
        Set<String> repos = new LinkedHashSet<>();
        resources.stream().filter(Resource::hasTable).forEach(r -> repos.add(r.repo()));
        return repos;
    }

    /** The resources stored in {@code repo}. */
    public List<Resource> resourcesIn(String repo) {
        return resources.stream().filter(r -> r.hasTable() && r.repo().equals(repo)).toList();
    }

    /** Fluent builder behind {@link Domain#define}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Domain d && name.equals(d.name) && resources.equals(d.resources)
                && codeInterfaces.equals(d.codeInterfaces) && commands.equals(d.commands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, resources, codeInterfaces, commands);
    }

    @Override
    public String toString() {
        return "Domain[" + name + ": " + resources.stream().map(Resource::name).toList() + "]";
    }

    public static final class Builder {
        private final String name;
        private final List<Resource> resources = new ArrayList<>();
        private final Map<String, CodeInterface> interfaces = new LinkedHashMap<>();
        private final List<String> duplicateInterfaces = new ArrayList<>();
        private final CommandsBuilder commands = new CommandsBuilder();

        private Builder(String name) {
            this.name = name;
        }

        public Builder resources(Resource... more) {
            resources.addAll(Arrays.asList(more));
            return this;
        }

        /** Names {@code resource}'s action {@code action} as {@code interfaceName} on the domain. */
        public Builder codeInterface(String interfaceName, Resource resource, String action) {
            return codeInterface(interfaceName, resource, action, options -> { });
        }

        /**
         * A code interface with options, e.g. one that returns a single row:
         * {@code codeInterface("get_product_by_name", PRODUCT, "read", c -> c.getBy("name"))}.
         */
        public Builder codeInterface(String interfaceName, Resource resource, String action,
                                     Consumer<CodeInterface.Options> spec) {
            CodeInterface.Options options = new CodeInterface.Options();
            spec.accept(options);
            CodeInterface ci = new CodeInterface(interfaceName, resource.name(), action, options.getBy());
            if (interfaces.put(interfaceName, ci) != null) {
                duplicateInterfaces.add(interfaceName);
            }
            return this;
        }

        /** Offers actions as {@code ashlar} commands; see {@link CommandsBuilder}. Repeatable. */
        public Builder commands(Consumer<CommandsBuilder> spec) {
            spec.accept(commands);
            return this;
        }

        public Domain build() {
            Domain domain = new Domain(name, resources, interfaces, commands.commands());
            List<String> problems = new ArrayList<>(commands.problems());
            duplicateInterfaces.forEach(i -> problems.add("domain " + name + ": code interface " + i
                    + " is declared twice"));
            problems.addAll(new DomainValidator(domain).problems());
            if (!problems.isEmpty()) {
                throw new DeclarationException(problems);
            }
            return domain;
        }
    }
}
