package dev.ashlar.bench;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;

import dev.ashlar.Ashlar;
import dev.ashlar.action.Validations;
import dev.ashlar.bench.support.BenchDialect;
import dev.ashlar.domain.Domain;
import dev.ashlar.generator.ChangesetGenerator;
import dev.ashlar.generator.Gen;
import dev.ashlar.generator.Generation;
import dev.ashlar.generator.ProgressReporter;
import dev.ashlar.resource.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import net.datafaker.Faker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Workload 8: {@code rows} (100,000) generated users, each with a Datafaker name, email and 200-character bio, in
 * batches of 500, one transaction per batch. Making the values is inside the timed code for both variants.
 * <ul>
 *   <li>J {@code jdbc}: the same Datafaker calls, then the best raw JDBC batch path (PostgreSQL
 *       {@code reWriteBatchedInserts=true}; SQLite {@code executeBatch}), ids from {@code UUID.randomUUID()}.</li>
 *   <li>A {@code ashlar}: {@code generateMany} through a create action with three validations (length of name,
 *       match of email, length of bio), so every row runs the changeset and bulk create.</li>
 * </ul>
 * Peak heap for a million streamed rows: {@link W8HeapProbe}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class W8Generate extends BenchState {
    static final int BIO_LENGTH = 200;
    static final int BATCH = 500;
    static final String INSERT = "insert into bench_member (id, name, email, bio) values (?, ?, ?, ?)";

    public static final Resource MEMBER = Resource.define("BenchMember", r -> r
            .table("bench_member")
            .attributes(a -> a.uuidPrimaryKey("id").string("name", 100).required().string("email", 200).required()
                    .text("bio").required())
            .validate(Validations.length("name", 1, 100))
            .validate(Validations.match("email", "[^@\\s]+@[^@\\s]+", "must be an email address"))
            .validate(Validations.length("bio", BIO_LENGTH, BIO_LENGTH))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name", "email", "bio")));

    public static final Domain DOMAIN = Domain.define("bench_generators", d -> d.resources(MEMBER));

    @Param("100000")
    public int rows;

    private Ashlar ashlar;
    private Connection batchConnection;
    private PreparedStatement insert;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        openDatabase();
        ashlar = db.openDomain(DOMAIN);
        batchConnection = db.dialect() == BenchDialect.POSTGRES
                ? db.connect(Map.of("reWriteBatchedInserts", "true")) : db.jdbc();
        insert = batchConnection.prepareStatement(INSERT);
    }

    @Setup(Level.Invocation)
    public void emptyTable() throws SQLException {
        try (Statement s = db.jdbc().createStatement()) {
            s.execute("delete from bench_member");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        insert.close();
        closeDatabase();
    }

    /** The generator of the A variant (also used by the heap probe). */
    public static ChangesetGenerator generator(Ashlar ashlar, long seed) {
        return Generation.seeded(seed).changeset(ashlar, MEMBER, "create")
                .defaults(Map.of("name", Gen.faker(f -> f.name().fullName()),
                        "email", Gen.faker(f -> f.internet().emailAddress()),
                        "bio", Gen.faker(f -> f.lorem().characters(BIO_LENGTH))))
                .batchSize(BATCH).progress(ProgressReporter.none()).build();
    }

    @Benchmark
    public int ashlar() {
        return generator(ashlar, 1).generateMany(rows).size();
    }

    @Benchmark
    public int jdbc() throws SQLException {
        Faker names = new Faker(Locale.ENGLISH, new Random(1));
        Faker emails = new Faker(Locale.ENGLISH, new Random(2));
        Faker bios = new Faker(Locale.ENGLISH, new Random(3));
        boolean postgres = db.dialect() == BenchDialect.POSTGRES;
        batchConnection.setAutoCommit(false);
        int written = 0;
        for (int from = 0; from < rows; from += BATCH) {
            for (int i = from, to = Math.min(rows, from + BATCH); i < to; i++) {
                UUID id = UUID.randomUUID();
                if (postgres) {
                    insert.setObject(1, id);
                } else {
                    insert.setString(1, id.toString());
                }
                insert.setString(2, names.name().fullName());
                insert.setString(3, emails.internet().emailAddress());
                insert.setString(4, bios.lorem().characters(BIO_LENGTH));
                insert.addBatch();
            }
            for (int n : insert.executeBatch()) {
                written += postgres && n == Statement.SUCCESS_NO_INFO ? 1 : n;
            }
            batchConnection.commit();
        }
        batchConnection.setAutoCommit(true);
        return written;
    }

    /** Rows in the table (for the bench module's test). */
    public long count() {
        return ashlar.read(dev.ashlar.Query.of(MEMBER)).size();
    }
}
