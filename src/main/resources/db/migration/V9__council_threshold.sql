-- The council's threshold of a nomination, from award-rules, kept with the nomination instead of as
-- three process variables. Nominations that passed the rules before keep null here and their variables.
alter table nomination add column threshold_numerator integer;
alter table nomination add column threshold_denominator integer;
alter table nomination add column threshold_comparison varchar(2);
