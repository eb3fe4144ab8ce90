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

    DemoOutcome load() {
        return transaction.execute(status -> {
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
    }

    /** What makes the database not empty, or null when it holds no Party data. */
    private String heldData() {
        if (data.loaded()) {
            return "the demo dataset is already loaded";
        }
        int roots = tree.roots(LocalDate.now(clock)).size();
        return roots == 0 ? null : "the database already holds an organization tree (" + roots + " top-level committee(s))";
    }
}
