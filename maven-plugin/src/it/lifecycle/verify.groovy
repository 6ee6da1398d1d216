// Runs after the four builds of invoker.properties; build.log holds their output.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/db/main/migration')

def check(boolean condition, String what) {
    if (!condition) {
        throw new AssertionError(what)
    }
}

// 1. codegen wrote the migration, its down script and a snapshot
def ups = migrations.listFiles()?.findAll { it.name ==~ /V\d{14}__create_items\.sql/ } ?: []
check(ups.size() == 1, "codegen wrote one V..__create_items.sql in " + migrations)
check(ups[0].text.toLowerCase().contains('create table'), "the migration creates the table")
check(new File(basedir, 'src/main/resources/db/main/down').list().length == 1, "a down script")
check(new File(basedir, 'src/main/resources/db/main/snapshots/items').list().length == 1, "a snapshot")

// 2. check passed on the up-to-date project
check(log.contains('Migrations are up to date with the domain.'), "check passed on the up-to-date project")

// 3. create, migrate, seed, status
check(log.contains('database created'), "create")
check((log =~ /applied \d{14} create items/).find(), "migrate applied the migration")
check(log.contains('seed 42'), "seed used the given seed number")
check((log =~ /items \(Item\): 2 rows created/).find(), "seed created the rows")
check((log =~ /1 applied, 0 pending/).find(), "status shows the migration applied")

// 4. check failed after the declaration changed, naming the change and what to do
check(log.contains('change(s) pending'), "check reported the pending change")
check(log.contains('stock'), "check named the new column")
check(log.contains('the migrations are not up to date with the domain'), "the build failure says what is wrong")
check(log.contains('BUILD FAILURE'), "the last build failed")
return true
