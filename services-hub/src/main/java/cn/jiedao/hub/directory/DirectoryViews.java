package cn.jiedao.hub.directory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of the grid directory and the party organisation. */
public final class DirectoryViews {

    static final String COMMUNITY_CODE = "\\d{12}";
    static final String COMMUNITY_MESSAGE = "must be the 12-digit community code";
    static final String GRID_CODE = "\\d{15}";
    static final String GRID_MESSAGE = "must be the 15-digit grid code";

    private DirectoryViews() {
    }

    public record RegisterCommunity(
            @NotBlank @Pattern(regexp = COMMUNITY_CODE, message = COMMUNITY_MESSAGE)
            @Schema(example = "340123001001") String code,
            @NotBlank @Size(max = 100) @Schema(example = "八月湖社区") String name) {
    }

    public record RegisterGrid(
            @NotBlank @Pattern(regexp = GRID_CODE, message = GRID_MESSAGE) @Schema(example = "340123001001001")
            String code,
            @NotBlank @Size(max = 100) @Schema(example = "第一网格") String name,
            @NotBlank @Pattern(regexp = COMMUNITY_CODE, message = COMMUNITY_MESSAGE)
            @Schema(description = "the community; the grid code begins with it", example = "340123001001")
            String communityCode) {
    }

    public record RegisterBuilding(
            @NotBlank @Pattern(regexp = GRID_CODE, message = GRID_MESSAGE) String gridCode,
            @NotBlank @Size(max = 100) @Schema(example = "3栋") String name,
            @Size(max = 300) String address,
            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "31.861200") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "117.283000") BigDecimal longitude,
            @PositiveOrZero Integer households) {
    }

    public record RegisterHousehold(
            @NotBlank @Size(max = 40) @Schema(example = "2单元301") String room,
            @NotBlank @Size(max = 100) String headName,
            @NotNull @Positive Integer partyMembers) {
    }

    public record FormCommittee(
            @NotBlank @Size(max = 200) @Schema(example = "八月湖社区红色物业管理委员会") String name,
            @NotBlank @Pattern(regexp = COMMUNITY_CODE, message = COMMUNITY_MESSAGE) String communityCode,
            @NotNull LocalDate formedOn,
            @Schema(description = "the compounds it covers; each then names this committee")
            List<@NotNull UUID> compoundIds) {
    }

    public record RegisterCompound(
            @NotBlank @Size(max = 200) @Schema(example = "幸福里小区") String name,
            @NotBlank @Pattern(regexp = COMMUNITY_CODE, message = COMMUNITY_MESSAGE) String communityCode,
            @Size(max = 300) String address,
            @Size(max = 200) String propertyCompany,
            @Schema(description = "the red property committee covering it, if one is formed") UUID redPropertyCommitteeId,
            @Schema(description = "the day it entered the directory; absent: today") LocalDate registeredOn) {
    }

    public record RegisterPartyBranch(
            @NotNull PartyBranchKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "第一网格党支部") String name,
            @NotBlank @Pattern(regexp = GRID_CODE, message = GRID_MESSAGE) String gridCode,
            @Size(max = 100) String secretary,
            @PositiveOrZero Integer members,
            @NotNull LocalDate foundedOn) {
    }

    public record CommunityView(String code, String name, long version) {
        static CommunityView of(Community c) {
            return new CommunityView(c.code, c.name, c.version);
        }
    }

    public record GridView(String code, String name, String communityCode, long version) {
        static GridView of(Grid g) {
            return new GridView(g.code, g.name, g.communityCode, g.version);
        }
    }

    public record BuildingView(UUID id, String gridCode, String name, String address, BigDecimal latitude,
            BigDecimal longitude, Integer households, long version) {
        static BuildingView of(Building b) {
            return new BuildingView(b.id, b.gridCode, b.name, b.address, b.latitude, b.longitude, b.households,
                    b.version);
        }
    }

    public record HouseholdView(UUID id, UUID buildingId, String room, String headName, int partyMembers) {
        static HouseholdView of(PartyMemberHousehold h) {
            return new HouseholdView(h.id, h.buildingId, h.room, h.headName, h.partyMembers);
        }
    }

    public record CommitteeView(UUID id, String name, String communityCode, LocalDate formedOn,
            @Schema(description = "the compounds naming this committee") List<UUID> compoundIds, long version) {
    }

    public record CompoundView(UUID id, String name, String communityCode, String address, String propertyCompany,
            UUID redPropertyCommitteeId,
            @Schema(description = "whether a red property committee covers it") boolean redPropertyCommittee,
            LocalDate registeredOn, long version) {
        static CompoundView of(ResidentialCompound c) {
            return new CompoundView(c.id, c.name, c.communityCode, c.address, c.propertyCompany,
                    c.redPropertyCommitteeId, c.redPropertyCommitteeId != null, c.registeredOn, c.version);
        }
    }

    /** Compounds covered by a red property committee out of all compounds (of a community, or the street). */
    public record Coverage(String communityCode, long compounds, long covered,
            @Schema(description = "covered / compounds × 100, one decimal; null without compounds")
            BigDecimal coveragePercent) {
    }

    public record PartyBranchView(UUID id, PartyBranchKind kind, String name, String gridCode, String secretary,
            Integer members, LocalDate foundedOn, long version) {
        static PartyBranchView of(PartyBranch b) {
            return new PartyBranchView(b.id, b.kind, b.name, b.gridCode, b.secretary, b.members, b.foundedOn,
                    b.version);
        }
    }

    /** 街道 → 社区 → 网格 → 楼栋, with counts at each level. */
    public record Tree(String street, int communities, int grids, int buildings, long partyMemberHouseholds,
            long partyBranches, List<CommunityNode> children) {
    }

    public record CommunityNode(String code, String name, int grids, int buildings, long residentialCompounds,
            List<GridNode> children) {
    }

    public record GridNode(String code, String name, int buildings, long partyBranches, List<BuildingNode> children) {
    }

    public record BuildingNode(UUID id, String name, long partyMemberHouseholds) {
    }

    /** What a CSV import stored: records created and records replaced (same code, or same grid and name). */
    public record ImportResult(int created, int updated) {
    }
}
