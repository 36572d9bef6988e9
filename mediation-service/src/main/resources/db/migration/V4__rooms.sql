-- The centre's rooms named in the 2023 report (section 一.2). Lead mediators are people: assigned through
-- the API (POST /api/mediation/mediators, then a room's lead), not seeded here.
insert into mediation_room (id, name, location, registered_at) values
    ('6f1d3a52-0c39-4d35-9a43-2a1f0c6b0001', '陈红调解室', '融调解中心', now()),
    ('6f1d3a52-0c39-4d35-9a43-2a1f0c6b0002', '融调解中心', '八月湖街道', now()),
    ('6f1d3a52-0c39-4d35-9a43-2a1f0c6b0003', '人大代表联络站', '八月湖街道', now());
