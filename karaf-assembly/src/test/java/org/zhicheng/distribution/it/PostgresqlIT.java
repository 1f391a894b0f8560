package org.zhicheng.distribution.it;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * A representative part of the in-container suite on a real PostgreSQL server (issue 17): the database tests (health,
 * concurrent steps and optimistic versions, concurrent audit appends), the REST lifecycle from filing to certificate,
 * and the workflow. Run by failsafe's own execution ("postgresql", its own JVM and container) with
 * {@code zhicheng.it.postgresql=true}: ContainerTestSupport then starts {@link PostgresServer} and points
 * etc/org.ops4j.datasource-zhicheng.cfg at it, as an administrator switching to PostgreSQL would.
 */
@RunWith(Suite.class)
@SuiteClasses({ DatabaseTests.class, RestLifecycleTests.class, WorkflowTests.class, BackupTests.class })
public class PostgresqlIT {
}
