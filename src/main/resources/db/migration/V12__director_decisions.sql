-- The Director's decisions, one row per number and year: the same decision (same number, date and award
-- form) may list several nominations, another decision may not take its number. The primary key makes
-- this hold when two signatures arrive at once: the second insert waits for the first transaction and
-- then fails, and the signature is refused (409) unless it is the same decision.
create table director_decision (
  decision_year    integer      not null,
  decision_number  varchar(100) not null,
  decision_date    date         not null,
  award_form       varchar(32)  not null,
  constraint director_decision_pk primary key (decision_year, decision_number)
);

insert into director_decision (decision_year, decision_number, decision_date, award_form)
select d.decision_year, d.decision_number, min(d.decision_date), min(n.award_form)
from award_decision d join nomination n on n.business_key = d.nomination_key
where d.issuer = 'DIRECTOR'
group by d.decision_year, d.decision_number;
