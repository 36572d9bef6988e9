-- One database per service (ARCHITECTURE.md): no service reads another's tables.
create database economy;
create database mediation;
create database safety;
create database hub;
