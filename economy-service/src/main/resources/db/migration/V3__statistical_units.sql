-- The statistical-unit registry (申规入统): enterprises, their main-business revenue by year, and the
-- thresholds of the eligibility check, kept as data because the statistics bureau changes them.
create table eligibility_threshold (
    id              bigserial     primary key,
    industry_prefix varchar(4)    not null unique,   -- GB/T 4754-2017 division (2 digits) or class (4); longest prefix wins
    category        varchar(40)   not null,
    rule            varchar(40)   not null,          -- REVENUE_AT_LEAST, CONSTRUCTION_QUALIFICATION, ALWAYS
    min_revenue     numeric(20,4),                   -- 万元, annual main-business revenue, for REVENUE_AT_LEAST
    description     varchar(200)  not null
);

insert into eligibility_threshold (industry_prefix, category, rule, min_revenue, description) values
    ('51', 'ABOVE_QUOTA_WHOLESALE', 'REVENUE_AT_LEAST', 2000, '批发业 主营业务收入 ≥ 2000万元'),
    ('52', 'ABOVE_QUOTA_RETAIL', 'REVENUE_AT_LEAST', 500, '零售业 主营业务收入 ≥ 500万元'),
    ('61', 'ABOVE_QUOTA_ACCOMMODATION', 'REVENUE_AT_LEAST', 200, '住宿业 主营业务收入 ≥ 200万元'),
    ('62', 'ABOVE_QUOTA_CATERING', 'REVENUE_AT_LEAST', 200, '餐饮业 主营业务收入 ≥ 200万元'),
    ('47', 'ABOVE_SCALE_CONSTRUCTION', 'CONSTRUCTION_QUALIFICATION', null, '房屋建筑业 有资质的建筑业企业'),
    ('48', 'ABOVE_SCALE_CONSTRUCTION', 'CONSTRUCTION_QUALIFICATION', null, '土木工程建筑业 有资质的建筑业企业'),
    ('49', 'ABOVE_SCALE_CONSTRUCTION', 'CONSTRUCTION_QUALIFICATION', null, '建筑安装业 有资质的建筑业企业'),
    ('50', 'ABOVE_SCALE_CONSTRUCTION', 'CONSTRUCTION_QUALIFICATION', null, '建筑装饰、装修和其他建筑业 有资质的建筑业企业'),
    ('7010', 'REAL_ESTATE_DEVELOPMENT', 'ALWAYS', null, '房地产开发经营 全部纳入'),
    -- 规模以上服务业: ≥ 2000万元
    ('53', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '铁路运输业 营业收入 ≥ 2000万元'),
    ('54', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '道路运输业 营业收入 ≥ 2000万元'),
    ('55', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '水上运输业 营业收入 ≥ 2000万元'),
    ('56', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '航空运输业 营业收入 ≥ 2000万元'),
    ('57', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '管道运输业 营业收入 ≥ 2000万元'),
    ('58', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '多式联运和运输代理业 营业收入 ≥ 2000万元'),
    ('59', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '装卸搬运和仓储业 营业收入 ≥ 2000万元'),
    ('60', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '邮政业 营业收入 ≥ 2000万元'),
    ('63', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '电信、广播电视和卫星传输服务 营业收入 ≥ 2000万元'),
    ('64', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '互联网和相关服务 营业收入 ≥ 2000万元'),
    ('65', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '软件和信息技术服务业 营业收入 ≥ 2000万元'),
    ('76', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '水利管理业 营业收入 ≥ 2000万元'),
    ('77', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '生态保护和环境治理业 营业收入 ≥ 2000万元'),
    ('78', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '公共设施管理业 营业收入 ≥ 2000万元'),
    ('79', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '土地管理业 营业收入 ≥ 2000万元'),
    ('84', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 2000, '卫生 营业收入 ≥ 2000万元'),
    -- ≥ 1000万元
    ('70', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 1000, '物业管理、房地产中介、租赁等 营业收入 ≥ 1000万元'),
    ('71', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 1000, '租赁业 营业收入 ≥ 1000万元'),
    ('72', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 1000, '商务服务业 营业收入 ≥ 1000万元'),
    ('73', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 1000, '研究和试验发展 营业收入 ≥ 1000万元'),
    ('74', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 1000, '专业技术服务业 营业收入 ≥ 1000万元'),
    ('75', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 1000, '科技推广和应用服务业 营业收入 ≥ 1000万元'),
    ('83', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 1000, '教育 营业收入 ≥ 1000万元'),
    -- ≥ 500万元
    ('80', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '居民服务业 营业收入 ≥ 500万元'),
    ('81', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '机动车、电子产品和日用产品修理业 营业收入 ≥ 500万元'),
    ('82', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '其他服务业 营业收入 ≥ 500万元'),
    ('85', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '社会工作 营业收入 ≥ 500万元'),
    ('86', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '新闻和出版业 营业收入 ≥ 500万元'),
    ('87', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '广播、电视、电影和录音制作业 营业收入 ≥ 500万元'),
    ('88', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '文化艺术业 营业收入 ≥ 500万元'),
    ('89', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '体育 营业收入 ≥ 500万元'),
    ('90', 'ABOVE_SCALE_SERVICES', 'REVENUE_AT_LEAST', 500, '娱乐业 营业收入 ≥ 500万元');

create table statistical_unit (
    id                          uuid         primary key,
    credit_code                 char(18)     not null unique,
    name                        varchar(200) not null,
    industry_code               varchar(4)   not null,
    address                     varchar(300),
    grid_code                   char(15),
    category                    varchar(40)  not null,
    status                      varchar(20)  not null,
    construction_qualification  boolean      not null default false,
    cultivating_since           date,
    declared_on                 date,
    in_library_on               date,
    exited_on                   date,
    registered_at               timestamptz  not null,
    registered_by               varchar(100) not null,
    version                     bigint       not null default 0
);
create index statistical_unit_status on statistical_unit (status, category);
create index statistical_unit_in_library_on on statistical_unit (in_library_on);

create table unit_revenue (
    unit_id   uuid          not null references statistical_unit (id),
    year      integer       not null,
    revenue   numeric(20,4) not null,   -- 万元, main-business revenue
    primary key (unit_id, year)
);
