package vn.dangvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.organizations.OrganizationTree;

/**
 * Loads the demo dataset once, into a database without Party data: the registered {@link DemoStep}s
 * in their order, all in one transaction, so a step that fails leaves the database as empty as it
 * found it and the next start can try again. A database that already holds units is never touched.
 */
@Service
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoStep> steps;
    private final OrganizationTree tree;
    private final DemoData data;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile DemoOutcome lastOutcome;

    DemoLoader(List<DemoStep> steps, OrganizationTree tree, DemoData data, PlatformTransactionManager transactions,
            Clock clock) {
        this.steps = List.copyOf(steps);
        this.tree = tree;
        this.data = data;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    List<String> steps() {
        return steps.stream().map(DemoStep::name).toList();
    }

    /** The outcome of the latest request to load, or null when none was made. */
    DemoOutcome lastOutcome() {
        return lastOutcome;
    }

    DemoOutcome load() {
        DemoOutcome outcome = transaction.execute(status -> {
            String held = heldData();
            if (held != null) {
                return DemoOutcome.refused(held);
            }
            long start = System.nanoTime();
            DemoContext context = new DemoContext();
            List<String> done = new ArrayList<>();
            for (DemoStep step : steps) {
                long stepStart = System.nanoTime();
                step.load(context);
                done.add(step.name());
                log.info("Demo dataset: step '{}' done in {} ms", step.name(), (System.nanoTime() - stepStart) / 1_000_000);
            }
            return new DemoOutcome(true, null, done, context.units, context.people, context.events,
                    (System.nanoTime() - start) / 1_000_000);
        });
        lastOutcome = outcome;
        return outcome;
    }

    /** What makes the database not empty, or null when it holds no Party data. */
    private String heldData() {
        int roots = tree.roots(LocalDate.now(clock)).size();
        if (roots > 0) {
            return "the database already holds an organization tree (" + roots + " top-level committee(s))";
        }
        // Units can all have been dissolved; the demo's own codes would still be taken.
        return data.loaded() ? "the demo dataset's units are already in it" : null;
    }
}
