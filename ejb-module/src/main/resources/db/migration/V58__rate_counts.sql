-- Requests counted per fixed window, for the rate limits of API clients and addresses and the
-- sign-in throttle: in the database, so that the count holds across all instances. counter names
-- what is counted ("client:bxc_...", "token:10.0.0.1", "sign-in:10.0.0.1"), window_start is the
-- window's first second (epoch seconds). One upsert per request adds to the row; old windows are
-- deleted now and then.
create table rate_count (
    counter      varchar(200) not null,
    window_start bigint       not null,
    hits         integer      not null,
    primary key (counter, window_start)
);
create index rate_count_window on rate_count (window_start);
