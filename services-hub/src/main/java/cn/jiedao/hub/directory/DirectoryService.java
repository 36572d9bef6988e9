package cn.jiedao.hub.directory;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.hub.directory.DirectoryViews.BuildingNode;
import cn.jiedao.hub.directory.DirectoryViews.CommitteeView;
import cn.jiedao.hub.directory.DirectoryViews.CommunityNode;
import cn.jiedao.hub.directory.DirectoryViews.Coverage;
import cn.jiedao.hub.directory.DirectoryViews.FormCommittee;
import cn.jiedao.hub.directory.DirectoryViews.GridNode;
import cn.jiedao.hub.directory.DirectoryViews.RegisterBuilding;
import cn.jiedao.hub.directory.DirectoryViews.RegisterCommunity;
import cn.jiedao.hub.directory.DirectoryViews.RegisterCompound;
import cn.jiedao.hub.directory.DirectoryViews.RegisterGrid;
import cn.jiedao.hub.directory.DirectoryViews.RegisterHousehold;
import cn.jiedao.hub.directory.DirectoryViews.RegisterPartyBranch;
import cn.jiedao.hub.directory.DirectoryViews.Tree;
import cn.jiedao.kernel.figures.Ratios;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The grid directory: communities, grids, buildings, party-member households, compounds, the party organisation. */
@ApplicationScoped
public class DirectoryService {

    @Inject
    StreetTime time;

    @ConfigProperty(name = "jiedao.hub.street-name", defaultValue = "八月湖街道")
    String streetName;

    /** A grid worker records in the grids of their token; a record of another grid is 403. */
    public static void requireGrid(Actor actor, String gridCode) {
        if (!actor.mayWorkIn(gridCode)) {
            throw ProblemException.forbidden("A grid worker works in the grids of their token " + actor.grids()
                    + "; this record is in grid " + gridCode);
        }
    }

    // communities and grids

    @Transactional
    public Community register(RegisterCommunity request) {
        if (Community.findById(request.code()) != null) {
            throw ProblemException.conflict("Community " + request.code() + " is registered");
        }
        Community c = new Community();
        c.code = request.code();
        c.name = request.name();
        c.createdAt = time.now();
        c.persist();
        return c;
    }

    public Community community(String code) {
        Community c = Records.existing(Community.class, code, "Community");
        return c;
    }

    @Transactional
    public Grid register(RegisterGrid request) {
        checkGridCode(request.code(), request.communityCode(), "");
        requireCommunity(request.communityCode(), "communityCode");
        if (Grid.findById(request.code()) != null) {
            throw ProblemException.conflict("Grid " + request.code() + " is registered");
        }
        Grid g = new Grid();
        g.code = request.code();
        g.name = request.name();
        g.communityCode = request.communityCode();
        g.createdAt = time.now();
        g.persist();
        return g;
    }

    static void checkGridCode(String gridCode, String communityCode, String prefix) {
        if (!gridCode.startsWith(communityCode)) {
            throw ProblemException.badRequest(prefix + "code", "a grid code begins with its community's code "
                    + communityCode);
        }
    }

    public Grid grid(String code) {
        Grid g = Records.existing(Grid.class, code, "Grid");
        return g;
    }

    void requireCommunity(String code, String field) {
        if (code != null && Community.findById(code) == null) {
            throw ProblemException.badRequest(field, "no community has the code " + code);
        }
    }

    void requireGridExists(String code, String field) {
        if (Grid.findById(code) == null) {
            throw ProblemException.badRequest(field, "no grid has the code " + code);
        }
    }

    public PageResponse<Community> communities(PageParams paging) {
        return Pages.of(Community.<Community>findAll(Sort.by("code")), paging);
    }

    public PageResponse<Grid> grids(String communityCode, PageParams paging) {
        Where where = Where.of().and("communityCode = :community", "community", communityCode);
        return Pages.of(Grid.<Grid>find(where.query(), Sort.by("code"), where.parameters()), paging);
    }

    // buildings and party-member households

    @Transactional
    public Building register(RegisterBuilding request, Actor actor) {
        requireGrid(actor, request.gridCode());
        requireGridExists(request.gridCode(), "gridCode");
        if (Building.count("gridCode = ?1 and name = ?2", request.gridCode(), request.name()) > 0) {
            throw ProblemException.conflict("Grid " + request.gridCode() + " has a building named " + request.name());
        }
        Building b = new Building();
        b.id = UUID.randomUUID();
        b.createdAt = time.now();
        copy(request, b);
        b.persist();
        return b;
    }

    @Transactional
    public Building replace(UUID id, String ifMatch, RegisterBuilding request, Actor actor) {
        Building b = building(id);
        requireGrid(actor, b.gridCode);
        requireGrid(actor, request.gridCode());
        ETags.require(ifMatch, b.version);
        requireGridExists(request.gridCode(), "gridCode");
        if (Building.count("gridCode = ?1 and name = ?2 and id <> ?3", request.gridCode(), request.name(), id) > 0) {
            throw ProblemException.conflict("Grid " + request.gridCode() + " has a building named " + request.name());
        }
        copy(request, b);
        Building.getEntityManager().flush();
        return b;
    }

    static void copy(RegisterBuilding r, Building b) {
        b.gridCode = r.gridCode();
        b.name = r.name();
        b.address = r.address();
        b.latitude = r.latitude();
        b.longitude = r.longitude();
        b.households = r.households();
    }

    public Building building(UUID id) {
        Building b = Records.existing(Building.class, id, "Building");
        return b;
    }

    public PageResponse<Building> buildings(String gridCode, String communityCode, PageParams paging) {
        Where where = Where.of().and("gridCode = :grid", "grid", gridCode)
                .and("gridCode in (select g.code from Grid g where g.communityCode = :community)", "community",
                        communityCode);
        return Pages.of(Building.<Building>find(where.query(), Sort.by("gridCode").and("name"), where.parameters()),
                paging);
    }

    @Transactional
    public PartyMemberHousehold register(UUID buildingId, RegisterHousehold request, Actor actor) {
        Building b = building(buildingId);
        requireGrid(actor, b.gridCode);
        if (PartyMemberHousehold.count("buildingId = ?1 and room = ?2", buildingId, request.room()) > 0) {
            throw ProblemException.conflict("Room " + request.room() + " of this building is registered");
        }
        PartyMemberHousehold h = new PartyMemberHousehold();
        h.id = UUID.randomUUID();
        h.buildingId = buildingId;
        h.room = request.room();
        h.headName = request.headName();
        h.partyMembers = request.partyMembers();
        h.createdAt = time.now();
        h.persist();
        return h;
    }

    public List<PartyMemberHousehold> households(UUID buildingId) {
        building(buildingId);
        return PartyMemberHousehold.list("buildingId", Sort.by("room"), buildingId);
    }

    // red property committees and compounds

    @Transactional
    public CommitteeView form(FormCommittee request) {
        requireCommunity(request.communityCode(), "communityCode");
        RedPropertyCommittee c = new RedPropertyCommittee();
        c.id = UUID.randomUUID();
        c.name = request.name();
        c.communityCode = request.communityCode();
        c.formedOn = request.formedOn();
        c.createdAt = time.now();
        c.persist();
        List<UUID> ids = request.compoundIds() == null ? List.of() : request.compoundIds();
        for (int i = 0; i < ids.size(); i++) {
            ResidentialCompound compound = ResidentialCompound.findById(ids.get(i));
            if (compound == null) {
                throw ProblemException.badRequest("compoundIds[" + i + "]", "no compound has the id " + ids.get(i));
            }
            compound.redPropertyCommitteeId = c.id;
        }
        ResidentialCompound.getEntityManager().flush();
        return view(c);
    }

    public RedPropertyCommittee committee(UUID id) {
        RedPropertyCommittee c = Records.existing(RedPropertyCommittee.class, id, "Red property committee");
        return c;
    }

    public CommitteeView view(RedPropertyCommittee c) {
        List<UUID> compounds = ResidentialCompound.<ResidentialCompound>list("redPropertyCommitteeId",
                Sort.by("name"), c.id).stream().map(compound -> compound.id).toList();
        return new CommitteeView(c.id, c.name, c.communityCode, c.formedOn, compounds, c.version);
    }

    public PageResponse<CommitteeView> committees(String communityCode, PageParams paging) {
        Where where = Where.of().and("communityCode = :community", "community", communityCode);
        return Pages.of(RedPropertyCommittee.<RedPropertyCommittee>find(where.query(), Sort.by("name").and("id"),
                where.parameters()), paging, this::view);
    }

    @Transactional
    public ResidentialCompound register(RegisterCompound request) {
        ResidentialCompound c = new ResidentialCompound();
        c.id = UUID.randomUUID();
        c.createdAt = time.now();
        c.registeredOn = request.registeredOn() == null ? time.today() : request.registeredOn();
        copy(request, c);
        c.persist();
        return c;
    }

    @Transactional
    public ResidentialCompound replace(UUID id, String ifMatch, RegisterCompound request) {
        ResidentialCompound c = compound(id);
        ETags.require(ifMatch, c.version);
        copy(request, c);
        if (request.registeredOn() != null) {
            c.registeredOn = request.registeredOn();
        }
        ResidentialCompound.getEntityManager().flush();
        return c;
    }

    private void copy(RegisterCompound r, ResidentialCompound c) {
        requireCommunity(r.communityCode(), "communityCode");
        if (r.redPropertyCommitteeId() != null && RedPropertyCommittee.findById(r.redPropertyCommitteeId()) == null) {
            throw ProblemException.badRequest("redPropertyCommitteeId", "no red property committee has the id "
                    + r.redPropertyCommitteeId());
        }
        c.name = r.name();
        c.communityCode = r.communityCode();
        c.address = r.address();
        c.propertyCompany = r.propertyCompany();
        c.redPropertyCommitteeId = r.redPropertyCommitteeId();
    }

    public ResidentialCompound compound(UUID id) {
        ResidentialCompound c = Records.existing(ResidentialCompound.class, id, "Residential compound");
        return c;
    }

    public PageResponse<ResidentialCompound> compounds(String communityCode, Boolean covered, PageParams paging) {
        Where where = Where.of().and("communityCode = :community", "community", communityCode)
                .andIf(Boolean.TRUE.equals(covered), "redPropertyCommitteeId is not null", Map.of())
                .andIf(Boolean.FALSE.equals(covered), "redPropertyCommitteeId is null", Map.of());
        return Pages.of(ResidentialCompound.<ResidentialCompound>find(where.query(), Sort.by("name").and("id"),
                where.parameters()), paging);
    }

    /** Compounds covered by a red property committee out of all compounds, derived from the compounds. */
    public Coverage coverage(String communityCode) {
        Where where = Where.of().and("communityCode = :community", "community", communityCode);
        long all = ResidentialCompound.count(where.query(), where.parameters());
        Where coveredWhere = Where.of().and("communityCode = :community", "community", communityCode)
                .andIf(true, "redPropertyCommitteeId is not null", Map.of());
        long covered = ResidentialCompound.count(coveredWhere.query(), coveredWhere.parameters());
        return new Coverage(communityCode, all, covered, Ratios.percent(covered, all, 1));
    }

    // the party organisation

    @Transactional
    public PartyBranch register(RegisterPartyBranch request) {
        requireGridExists(request.gridCode(), "gridCode");
        PartyBranch b = new PartyBranch();
        b.id = UUID.randomUUID();
        b.kind = request.kind();
        b.name = request.name();
        b.gridCode = request.gridCode();
        b.secretary = request.secretary();
        b.members = request.members();
        b.foundedOn = request.foundedOn();
        b.createdAt = time.now();
        b.persist();
        return b;
    }

    public PartyBranch partyBranch(UUID id) {
        PartyBranch b = Records.existing(PartyBranch.class, id, "Party branch");
        return b;
    }

    public PageResponse<PartyBranch> partyBranches(String gridCode, String communityCode, PartyBranchKind kind,
            PageParams paging) {
        Where where = Where.of().and("gridCode = :grid", "grid", gridCode).and("kind = :kind", "kind", kind)
                .and("gridCode in (select g.code from Grid g where g.communityCode = :community)", "community",
                        communityCode);
        return Pages.of(PartyBranch.<PartyBranch>find(where.query(), Sort.by("gridCode").and("name").and("id"),
                where.parameters()), paging);
    }

    // the tree

    /** 街道 → 社区 → 网格 → 楼栋 with counts; a community filter answers its branch only. */
    public Tree tree(String communityCode) {
        Where where = Where.of().and("code = :community", "community", communityCode);
        List<Community> communities = Community.list(where.query(), Sort.by("code"), where.parameters());
        Map<String, List<Grid>> grids = Grid.<Grid>listAll(Sort.by("code")).stream()
                .collect(Collectors.groupingBy(g -> g.communityCode));
        Map<String, List<Building>> buildings = Building.<Building>listAll(Sort.by("name")).stream()
                .collect(Collectors.groupingBy(b -> b.gridCode));
        Map<UUID, Long> households = counts("select h.buildingId, count(h) from PartyMemberHousehold h group by h.buildingId");
        Map<String, Long> branches = counts("select b.gridCode, count(b) from PartyBranch b group by b.gridCode");
        Map<String, Long> compounds = counts(
                "select c.communityCode, count(c) from ResidentialCompound c group by c.communityCode");
        List<CommunityNode> nodes = new ArrayList<>();
        int gridCount = 0;
        int buildingCount = 0;
        long householdCount = 0;
        long branchCount = 0;
        for (Community c : communities) {
            List<GridNode> gridNodes = new ArrayList<>();
            int communityBuildings = 0;
            for (Grid g : grids.getOrDefault(c.code, List.of())) {
                List<BuildingNode> buildingNodes = buildings.getOrDefault(g.code, List.of()).stream()
                        .map(b -> new BuildingNode(b.id, b.name, households.getOrDefault(b.id, 0L))).toList();
                long gridBranches = branches.getOrDefault(g.code, 0L);
                gridNodes.add(new GridNode(g.code, g.name, buildingNodes.size(), gridBranches, buildingNodes));
                communityBuildings += buildingNodes.size();
                householdCount += buildingNodes.stream().mapToLong(BuildingNode::partyMemberHouseholds).sum();
                branchCount += gridBranches;
            }
            nodes.add(new CommunityNode(c.code, c.name, gridNodes.size(), communityBuildings,
                    compounds.getOrDefault(c.code, 0L), gridNodes));
            gridCount += gridNodes.size();
            buildingCount += communityBuildings;
        }
        return new Tree(streetName, nodes.size(), gridCount, buildingCount, householdCount, branchCount, nodes);
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Long> counts(String query) {
        Map<K, Long> counts = new HashMap<>();
        List<Object[]> rows = Community.getEntityManager().createQuery(query).getResultList();
        rows.forEach(row -> counts.put((K) row[0], (Long) row[1]));
        return counts;
    }
}
