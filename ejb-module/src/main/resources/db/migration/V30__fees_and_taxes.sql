-- Fees and taxes (docs/payments.md, "Fees and taxes"). Portable SQL: PostgreSQL, and H2 in
-- PostgreSQL mode.

-- The service fee an organisation charges per ticket, in the event's currency; none by default.
alter table organisation add column service_fee numeric(12, 2) default 0 not null;
alter table organisation add constraint organisation_service_fee check (service_fee >= 0);

-- The VAT rate included in the event's ticket prices, in percent; and the payment methods it
-- accepts, all of them by default (at least one).
alter table event add column vat_rate numeric(5, 2) default 0 not null;
alter table event add constraint event_vat_rate check (vat_rate >= 0 and vat_rate <= 100);
alter table event add column accepts_card boolean default true not null;
alter table event add column accepts_paypal boolean default true not null;
alter table event add column accepts_wallet boolean default true not null;
alter table event add constraint event_accepts_a_method check (accepts_card or accepts_paypal or accepts_wallet);

-- What a booking was charged at its hold, kept so that a later change of the fee or the rate does
-- not change it: the service fee of one ticket (total_amount includes it for every ticket), the
-- VAT rate and the VAT contained in the ticket prices. Three decimals: a currency such as KWD has
-- them. Bookings made before these existed had neither.
alter table booking add column service_fee numeric(12, 3) default 0 not null;
alter table booking add column vat_rate numeric(5, 2) default 0 not null;
alter table booking add column tax_amount numeric(12, 3) default 0 not null;
