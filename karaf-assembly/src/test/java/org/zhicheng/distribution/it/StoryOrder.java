package org.zhicheng.distribution.it;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.runner.Description;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.ParentRunner;
import org.junit.runners.Suite.SuiteClasses;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.InitializationError;

/**
 * Runs the test methods of the {@link SuiteClasses} as one story, in the order of their names (a_, b_, c2_, c_, …, as
 * {@code MethodSorters.NAME_ASCENDING} would), whichever class holds them: each class holds the steps of one role or
 * a few, and the story passes from role to role. The suite class's {@code @BeforeClass} and {@code @AfterClass} run
 * once around the whole story; the step classes may have method rules, not class-level set-up of their own.
 */
public final class StoryOrder extends ParentRunner<StoryOrder.Step> {

    /** One test method and the runner of the class that holds it. */
    record Step(StepRunner runner, FrameworkMethod method) {
    }

    private final List<Step> steps = new ArrayList<>();

    public StoryOrder(Class<?> suite) throws InitializationError {
        super(suite);
        SuiteClasses classes = suite.getAnnotation(SuiteClasses.class);
        if (classes == null) {
            throw new InitializationError(suite.getName() + " names its step classes with @SuiteClasses");
        }
        for (Class<?> stepClass : classes.value()) {
            StepRunner runner = new StepRunner(stepClass);
            runner.steps().forEach(method -> steps.add(new Step(runner, method)));
        }
        steps.sort(Comparator.comparing((Step step) -> step.method().getName()));
    }

    @Override
    protected List<Step> getChildren() {
        return steps;
    }

    @Override
    protected Description describeChild(Step step) {
        return step.runner().describe(step.method());
    }

    @Override
    protected void runChild(Step step, RunNotifier notifier) {
        step.runner().run(step.method(), notifier);
    }

    /** A step class's own runner, asked for one method at a time (its method rules apply as usual). */
    static final class StepRunner extends BlockJUnit4ClassRunner {

        StepRunner(Class<?> stepClass) throws InitializationError {
            super(stepClass);
        }

        List<FrameworkMethod> steps() {
            return getChildren();
        }

        Description describe(FrameworkMethod method) {
            return describeChild(method);
        }

        void run(FrameworkMethod method, RunNotifier notifier) {
            runChild(method, notifier);
        }
    }
}
