package cn.jiedao.gateway.testing;

import io.vertx.core.json.JsonObject;

/**
 * What the fake services answer to the statistics requests of the annual report: the field names of the real
 * services' views (economy's ProgressView, SeriesView and the unit, investment and attraction SummaryViews,
 * mediation's MediationStatistics.Figures, safety's SafetyStatistics.Statistics and DisciplineFigures, the hub's
 * HubStatistics.Figures), with the report's 2023 figures.
 */
final class FakeStatistics {

    private FakeStatistics() {
    }

    /** The answer to {@code path}, or null when it is not a statistics path of {@code area}. */
    static JsonObject answer(String area, String path) {
        String json = switch (area + " " + path) {
            case "economy /api/economy/indicators/GENERAL_BUDGET_REVENUE/progress" -> """
                    {"code":"GENERAL_BUDGET_REVENUE","name":"一般预算收入","unit":"TEN_THOUSAND_YUAN","year":2023,
                     "throughMonth":10,"ytd":1832.0000,"target":1970.0000,"targetCompletionPercent":92.99,
                     "samePeriodLastYear":1390.0000,"yoyGrowthPercent":31.80,"reasons":{}}""";
            case "economy /api/economy/indicators/ABOVE_QUOTA_WHOLESALE_SALES/progress" -> """
                    {"code":"ABOVE_QUOTA_WHOLESALE_SALES","name":"限上批发业销售额","unit":"HUNDRED_MILLION_YUAN",
                     "year":2023,"throughMonth":10,"ytd":65.2100,"target":null,"targetCompletionPercent":null,
                     "samePeriodLastYear":29.3700,"yoyGrowthPercent":122.03,
                     "reasons":{"target":"no target for 2023"}}""";
            case "economy /api/economy/indicators/ABOVE_QUOTA_RETAIL_SALES/progress" -> """
                    {"code":"ABOVE_QUOTA_RETAIL_SALES","name":"限上社会消费品零售总额","unit":"HUNDRED_MILLION_YUAN",
                     "year":2023,"throughMonth":10,"ytd":3.7400,"target":null,"targetCompletionPercent":null,
                     "samePeriodLastYear":3.3100,"yoyGrowthPercent":13.10,"reasons":{"target":"no target for 2023"}}""";
            case "economy /api/economy/indicators/ABOVE_QUOTA_CATERING_SALES/progress" -> """
                    {"code":"ABOVE_QUOTA_CATERING_SALES","name":"限上餐饮业销售额","unit":"HUNDRED_MILLION_YUAN",
                     "year":2023,"throughMonth":10,"ytd":2.0000,"target":null,"targetCompletionPercent":null,
                     "samePeriodLastYear":1.7200,"yoyGrowthPercent":16.21,"reasons":{"target":"no target for 2023"}}""";
            case "economy /api/economy/indicators/GENERAL_BUDGET_REVENUE/series" -> """
                    {"code":"GENERAL_BUDGET_REVENUE","name":"一般预算收入","unit":"TEN_THOUSAND_YUAN","year":2023,
                     "months":[{"month":1,"monthValue":150,"cumulative":150},{"month":2,"monthValue":160,"cumulative":310},
                      {"month":3,"monthValue":170,"cumulative":480},{"month":4,"monthValue":170,"cumulative":650},
                      {"month":5,"monthValue":180,"cumulative":830},{"month":6,"monthValue":180,"cumulative":1010},
                      {"month":7,"monthValue":180,"cumulative":1190},{"month":8,"monthValue":190,"cumulative":1380},
                      {"month":9,"monthValue":220,"cumulative":1600},{"month":10,"monthValue":232,"cumulative":1832},
                      {"month":11,"monthValue":null,"cumulative":null,"reasons":{"cumulative":"not reported"}},
                      {"month":12,"monthValue":null,"cumulative":null,"reasons":{"cumulative":"not reported"}}]}""";
            case "economy /api/economy/units/summary" -> """
                    {"inLibrary":122,"inLibraryByCategory":{"ABOVE_QUOTA_WHOLESALE":60,"ABOVE_QUOTA_RETAIL":20,
                     "ABOVE_QUOTA_ACCOMMODATION":2,"ABOVE_QUOTA_CATERING":7,"ABOVE_SCALE_SERVICES":10,
                     "ABOVE_SCALE_CONSTRUCTION":19,"REAL_ESTATE_DEVELOPMENT":4},"aboveQuotaTrade":89,
                     "byStatus":{"CULTIVATING":5,"DECLARED":2,"IN_LIBRARY":122,"EXITED":1},"year":2023,
                     "newInLibrary":13,"newInLibraryLegalEntities":13,"newInLibraryIndividualBusinesses":0}""";
            case "economy /api/economy/investment-projects/summary" -> """
                    {"year":2023,"newProjects":3,"newProjectsTotalInvestment":69600.0000,"declaredYtd":21000.0000,
                     "throughMonth":10}""";
            case "economy /api/economy/investment-attraction/summary" -> """
                    {"year":2023,"ceremonies":3,"signedProjects":14,"registeredCapital":15000.0000,
                     "domesticCapitalProjects":2,"domesticCapitalInvestment":31000.0000}""";
            case "mediation /api/mediation/statistics" -> """
                    {"from":"2023-01-01","to":"2023-10-31","total":2564,
                     "byCategory":{"PROPERTY_MANAGEMENT":1634,"CONSUMER":354,"LITIGATION_RELATED":19,
                      "MUNICIPAL_ILLEGAL_CONSTRUCTION":487,"MARRIAGE_FAMILY":58,"LABOR":12,"NEIGHBOR":0,"OTHER":0},
                     "byChannel":{"WALK_IN":2000,"POLICE_REFERRAL":115,"HOTLINE_12345":449},
                     "byStatus":{"RECEIVED":10,"ACCEPTED":20,"CONCLUDED":2534,"WITHDRAWN":0,"CLOSED":0},
                     "policeReferrals":{"received":115,"concluded":105},"warningLetters":{"received":32,"open":0},
                     "resolutionRate":0.9500,"medianDaysToConclusion":6.5,"overdue":3,"disputesHelpedByVolunteers":51}""";
            case "safety /api/safety/statistics" -> """
                    {"from":"2023-01-01","to":"2023-10-31","drills":26,"drillParticipants":1300,
                     "hazards":{"found":412,"closedFixed":398,"closedUnfixed":2,"overdue":4,"major":1,
                      "byDomain":{"GAS":120,"FIRE":200,"TRAFFIC":92},
                      "byMonth":[{"month":"2023-01","found":40,"closed":31},{"month":"2023-02","found":38,"closed":36},
                       {"month":"2023-03","found":45,"closed":44},{"month":"2023-04","found":42,"closed":40},
                       {"month":"2023-05","found":41,"closed":43},{"month":"2023-06","found":39,"closed":38},
                       {"month":"2023-07","found":44,"closed":41},{"month":"2023-08","found":43,"closed":45},
                       {"month":"2023-09","found":40,"closed":39},{"month":"2023-10","found":40,"closed":43}]},
                     "keyPersons":{"underSupervision":{"SEVERE_MENTAL_DISORDER":22,"DRUG_USER":65,
                      "COMMUNITY_CORRECTION":53},"visits":600,"visitsOnTime":570},"visitsOnTimePercent":95.0,
                     "illegalConstruction":{"demolished":12,"demolishedAreaSquareMetres":356.50,"opened":15,
                      "fromComplaints":9},
                     "outreachEvents":{"events":40,"attendance":3200,"byKind":{"ANTI_FRAUD_PUBLICITY":25,"SAFETY_TRAINING":15}},
                     "telecomFraudCases":{"cases":31,"sameMonthsLastYear":52,"yoyPercent":-40.4,"monthsReported":10}}""";
            case "safety /api/safety/discipline/statistics" -> """
                    {"from":"2023-01-01","to":"2023-10-31","supervisionChecks":80,"overdueRectifications":0,
                     "measures":{"total":131,"byMeasure":{"REMINDER_TALK":12,"ADMONISHMENT":1,"LETTER_INQUIRY":1,
                      "CIRCULATED_CRITICISM":57,"PRE_APPOINTMENT_TALK":4,"DUTY_TALK":35,"PARTY_ACCOUNTABILITY":3,
                      "PARTY_WARNING":2,"EXPULSION":1,"HOME_VISIT":12,"DEMOTION":0},
                      "byForm":{"FIRST":121,"SECOND":5,"THIRD":4,"FOURTH":1}},
                     "personsConcerned":120,"recommendations":9,"integrityWorks":{"total":30,"byKind":{"ART_CREATION":30}},
                     "readingCorners":2,"studyMeetings":{"total":12,"byKind":{"DISCIPLINE_LECTURE":12}}}""";
            case "hub /api/hub/statistics" -> """
                    {"year":2023,"volunteerTeams":25,"volunteerActivities":81,"disputesHelpedByVolunteers":51,
                     "volunteerHours":4200.5,"serviceRequestsByMode":{"SELF_SERVICE":300,"PRE_REVIEW":120,
                      "ON_SITE_ACCEPTANCE":900,"PROXY_HANDLING":80,"ASSISTED_HANDLING":60},"serviceRequestsOnTimePercent":98.6,
                     "gridPartyBranches":167,"redPropertyCommittees":18,"redPropertyCommitteeCoveragePercent":80.0,
                     "evChargingPileSites":13,"evSheds":57,"canteenMeals":36000,
                     "servicePointsByType":{"ELDERLY_CARE_CENTER":6,"HEALTH_POINT":3}}""";
            default -> null;
        };
        return json == null ? null : new JsonObject(json);
    }

    /** Code lists the report's text labels its breakdowns with, beside each fake's own list. */
    static JsonObject codeLists(String area) {
        String json = switch (area) {
            case "mediation" -> """
                    {"disputeCategories":{"label":"诉求类别","codes":[{"code":"PROPERTY_MANAGEMENT","label":"物业类"},
                     {"code":"CONSUMER","label":"居民消费类"},{"code":"LABOR","label":"劳资纠纷"}]}}""";
            case "safety" -> """
                    {"keyPersonCategories":{"label":"重点人员类别","codes":[
                     {"code":"SEVERE_MENTAL_DISORDER","label":"严重精神障碍患者"},{"code":"DRUG_USER","label":"吸毒人员"},
                     {"code":"COMMUNITY_CORRECTION","label":"社区矫正对象"}]},
                     "disciplineMeasures":{"label":"问责措施","codes":[{"code":"REMINDER_TALK","label":"提醒谈话"}]}}""";
            default -> "{}";
        };
        return new JsonObject(json);
    }
}
