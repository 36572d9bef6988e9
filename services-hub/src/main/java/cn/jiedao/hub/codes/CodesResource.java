package cn.jiedao.hub.codes;

import cn.jiedao.hub.directory.DirectoryLevel;
import cn.jiedao.hub.directory.PartyBranchKind;
import cn.jiedao.hub.elderly.ActivityKind;
import cn.jiedao.hub.facility.FacilityStatus;
import cn.jiedao.hub.facility.WorkKind;
import cn.jiedao.hub.newemployment.WorkerKind;
import cn.jiedao.hub.facility.FacilityType;
import cn.jiedao.hub.servicepoint.ServicePointType;
import cn.jiedao.hub.servicerequest.AttributeType;
import cn.jiedao.hub.servicerequest.ServiceMode;
import cn.jiedao.hub.servicerequest.ServiceRequestStatus;
import cn.jiedao.hub.servicerequest.ServiceRequestStep;
import cn.jiedao.hub.volunteer.VolunteerActivityKind;
import cn.jiedao.kernel.codes.CodeList;
import cn.jiedao.kernel.codes.CodeListsResource;
import jakarta.ws.rs.Path;

@Path("/api/hub/codes")
public class CodesResource extends CodeListsResource {

    public CodesResource() {
        super(CodeList.of("servicePointTypes", ServicePointType.class),
                CodeList.of("serviceModes", ServiceMode.class),
                CodeList.of("facilityTypes", FacilityType.class),
                CodeList.of("directoryLevels", DirectoryLevel.class),
                CodeList.of("serviceRequestStatuses", ServiceRequestStatus.class),
                CodeList.of("serviceRequestSteps", ServiceRequestStep.class),
                CodeList.of("attributeTypes", AttributeType.class),
                CodeList.of("volunteerActivityKinds", VolunteerActivityKind.class),
                CodeList.of("partyBranchKinds", PartyBranchKind.class),
                CodeList.of("facilityStatuses", FacilityStatus.class),
                CodeList.of("workKinds", WorkKind.class),
                CodeList.of("activityKinds", ActivityKind.class),
                CodeList.of("workerKinds", WorkerKind.class));
    }
}
