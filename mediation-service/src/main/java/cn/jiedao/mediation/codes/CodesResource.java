package cn.jiedao.mediation.codes;

import cn.jiedao.kernel.codes.CodeList;
import cn.jiedao.kernel.codes.CodeListsResource;
import cn.jiedao.mediation.dispute.AgreementForm;
import cn.jiedao.mediation.dispute.DisputeAction;
import cn.jiedao.mediation.dispute.DisputeCategory;
import cn.jiedao.mediation.dispute.FailureAdvice;
import cn.jiedao.mediation.referral.ReferralChannel;
import cn.jiedao.mediation.warning.WarningLetterAction;
import cn.jiedao.mediation.warning.WarningLetterStatus;
import cn.jiedao.mediation.dispute.DisputeOutcome;
import cn.jiedao.mediation.dispute.DisputeStatus;
import cn.jiedao.mediation.dispute.IntakeChannel;
import cn.jiedao.mediation.dispute.PartyRole;
import cn.jiedao.mediation.dispute.Urgency;
import jakarta.ws.rs.Path;

@Path("/api/mediation/codes")
public class CodesResource extends CodeListsResource {

    public CodesResource() {
        super(CodeList.of("disputeCategories", DisputeCategory.class),
                CodeList.of("intakeChannels", IntakeChannel.class),
                CodeList.of("disputeStatuses", DisputeStatus.class),
                CodeList.of("disputeOutcomes", DisputeOutcome.class),
                CodeList.of("urgencies", Urgency.class),
                CodeList.of("partyRoles", PartyRole.class),
                CodeList.of("agreementForms", AgreementForm.class),
                CodeList.of("failureAdvice", FailureAdvice.class),
                CodeList.of("disputeActions", DisputeAction.class),
                CodeList.of("referralChannels", ReferralChannel.class),
                CodeList.of("warningLetterStatuses", WarningLetterStatus.class),
                CodeList.of("warningLetterSteps", WarningLetterAction.class));
    }
}
