package cn.jiedao.mediation.referral;

/** How a police referral reached the centre. */
public enum ReferralChannel {
    KAFKA, REST
}
