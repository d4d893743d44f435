package nl.dekkend.lake;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.plans.logical.LeafNode;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Repartition;
import org.apache.spark.sql.catalyst.plans.logical.Union;
import org.apache.spark.sql.catalyst.rules.Rule;
import org.apache.spark.sql.internal.SQLConf;
import scala.jdk.javaapi.CollectionConverters;

/**
 * An optimizer rule for a lake of a few rows: when the session's {@link #KEY} is {@code true}, every relation a query
 * reads (and every union) is coalesced into one partition, without a shuffle. A plan whose inputs are all one
 * partition needs no exchange for a join, an aggregate or a window (one partition satisfies every distribution), so
 * each query runs as one stage of one task instead of a stage per exchange. The rows are the same; only where Spark
 * draws its stage boundaries changes. Off (the default), the rule leaves every plan as it is.
 */
public final class SinglePartition extends Rule<LogicalPlan> {

    /** The session setting that turns the rule on. */
    public static final String KEY = "dekkend.sql.singlePartition";

    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        if (!Boolean.parseBoolean(SQLConf.get().getConfString(KEY, "false"))) {
            return plan;
        }
        return coalesced(plan);
    }

    /** The plan with a coalesce into one partition above each relation and union that has none yet. */
    private static LogicalPlan coalesced(LogicalPlan plan) {
        if (isSingle(plan) && needsOne(((Repartition) plan).child())) {
            return withChildrenCoalesced(plan, ((Repartition) plan).child());
        }
        LogicalPlan done = withChildrenCoalesced(null, plan);
        return needsOne(done) ? new Repartition(1, false, done) : done;
    }

    /**
     * {@code node} with each of its children coalesced; with a {@code parent}, that parent above the result (for a
     * node that is already the child of a coalesce).
     */
    private static LogicalPlan withChildrenCoalesced(LogicalPlan parent, LogicalPlan node) {
        LogicalPlan result = node;
        if (!node.children().isEmpty()) {
            List<LogicalPlan> children = new ArrayList<>();
            boolean changed = false;
            for (LogicalPlan child : CollectionConverters.asJava(node.children())) {
                LogicalPlan next = coalesced(child);
                changed |= next != child;
                children.add(next);
            }
            if (changed) {
                result = node.withNewChildren(
                        CollectionConverters.asScala(children).toSeq());
            }
        }
        if (parent == null) {
            return result;
        }
        return result == node
                ? parent
                : parent.withNewChildren(
                        CollectionConverters.asScala(List.of(result)).toSeq());
    }

    private static boolean needsOne(LogicalPlan plan) {
        return plan instanceof LeafNode || plan instanceof Union;
    }

    private static boolean isSingle(LogicalPlan plan) {
        return plan instanceof Repartition r && r.numPartitions() == 1 && !r.shuffle();
    }
}
