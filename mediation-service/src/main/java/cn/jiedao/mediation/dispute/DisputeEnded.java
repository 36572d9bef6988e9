package cn.jiedao.mediation.dispute;

/**
 * Fired (synchronously, inside the transaction) when a dispute is concluded or withdrawn, so that other
 * features (police referrals) can publish their own events with the same commit.
 */
public record DisputeEnded(Dispute dispute) {
}
