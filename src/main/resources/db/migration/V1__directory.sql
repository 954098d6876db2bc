-- The directory: therapies, GP practices and practitioners with their registrations.

create table therapy (
    code             varchar(40)   not null primary key,
    name             varchar(100)  not null,
    category         varchar(20)   not null,
    summary          varchar(1000) not null,
    evidence_summary varchar(2000) not null,
    nice_guidance    varchar(2000),
    snomed_code      varchar(20)
);

create table therapy_register (
    therapy_code varchar(40) not null references therapy (code),
    register     varchar(20) not null,
    primary key (therapy_code, register)
);

create table practice (
    ods_code varchar(10)  not null primary key,
    name     varchar(200) not null,
    pcn_code varchar(10)  not null,
    icb_code varchar(10)  not null,
    postcode varchar(10)
);
create index practice_pcn_idx on practice (pcn_code);
create index practice_icb_idx on practice (icb_code);

create table practitioner (
    id                  uuid         not null primary key,
    display_name        varchar(200) not null,
    email               varchar(200),
    phone               varchar(40),
    postcode            varchar(10),
    location            varchar(200),
    accepting_referrals boolean      not null
);

create table practitioner_therapy (
    practitioner_id uuid        not null references practitioner (id),
    therapy_code    varchar(40) not null references therapy (code),
    primary key (practitioner_id, therapy_code)
);
create index practitioner_therapy_code_idx on practitioner_therapy (therapy_code);

create table registration (
    id                  uuid         not null primary key,
    practitioner_id     uuid         not null references practitioner (id),
    register            varchar(20)  not null,
    register_name       varchar(200),
    registration_number varchar(40)  not null,
    expires_on          date         not null,
    verified_on         date
);
create index registration_practitioner_idx on registration (practitioner_id);
