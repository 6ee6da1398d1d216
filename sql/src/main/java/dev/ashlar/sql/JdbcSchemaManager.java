package dev.ashlar.sql;

import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.SchemaManager;
import java.sql.Statement;
import java.util.List;

/** Creates tables from the schema model in one transaction. */
final class JdbcSchemaManager implements SchemaManager {
    private final SqlDialect dialect;
    private final DdlRenderer ddl;
    private final JdbcTransactions transactions;

    JdbcSchemaManager(SqlDialect dialect, DdlRenderer ddl, JdbcTransactions transactions) {
        this.dialect = dialect;
        this.ddl = ddl;
        this.transactions = transactions;
    }

    @Override
    public List<String> createStatements(TableModel table) {
        return ddl.createTable(table);
    }

    @Override
    public void create(List<TableModel> tables) {
        transactions.write(new ErrorTranslator.Context(null, ErrorTranslator.Operation.DDL, java.util.Map.of()),
                connection -> {
                    try (Statement statement = connection.createStatement()) {
                        for (TableModel table : tables) {
                            for (String sql : ddl.createTable(table)) {
                                statement.execute(sql);
                            }
                        }
                    }
                    return null;
                });
    }

    @Override
    public dev.ashlar.schema.SchemaModel introspect() {
        return transactions.read(new ErrorTranslator.Context(null, ErrorTranslator.Operation.SELECT, java.util.Map.of()),
                dialect::introspect);
    }

    @Override
    public dev.ashlar.schema.SchemaModel expectedIntrospection(dev.ashlar.schema.SchemaModel declared) {
        return dialect.storageModel(declared);
    }

    @Override
    public List<String> tableNames() {
        return transactions.read(new ErrorTranslator.Context(null, ErrorTranslator.Operation.SELECT, java.util.Map.of()),
                connection -> {
                    List<String> names = new java.util.ArrayList<>();
                    try (Statement s = connection.createStatement();
                         java.sql.ResultSet rs = s.executeQuery(dialect.tableNamesQuery())) {
                        while (rs.next()) {
                            names.add(rs.getString(1));
                        }
                    }
                    return names;
                });
    }
}
