-- identity: someone who has left has no staff access (talent lead, manager, talent, administrator).
-- From now on leaving ends it at once; this ends it for those who left before: their API tokens are
-- revoked, their sessions end, an account with the alumnus role keeps only that, any other is disabled.
update api_token set revoked_at = current_timestamp
where revoked_at is null and account_id in (
	select a.id from account a join person p on p.id = a.person_id
	where p.status = 'LEFT'
	and exists (select 1 from account_role r where r.account_id = a.id
		and r.role in ('TALENT_LEAD', 'MANAGER', 'TALENT', 'ADMIN')));

delete from spring_session
where principal_name in (
	select a.username from account a join person p on p.id = a.person_id
	where p.status = 'LEFT'
	and exists (select 1 from account_role r where r.account_id = a.id
		and r.role in ('TALENT_LEAD', 'MANAGER', 'TALENT', 'ADMIN')));

update account set enabled = false, version = version + 1
where enabled = true
and person_id in (select p.id from person p where p.status = 'LEFT')
and exists (select 1 from account_role r where r.account_id = account.id
	and r.role in ('TALENT_LEAD', 'MANAGER', 'TALENT', 'ADMIN'))
and not exists (select 1 from account_role r where r.account_id = account.id and r.role = 'ALUMNUS');

delete from account_role
where role in ('TALENT_LEAD', 'MANAGER', 'TALENT', 'ADMIN')
and account_id in (select a.id from account a join person p on p.id = a.person_id where p.status = 'LEFT')
and exists (select 1 from account_role r where r.account_id = account_role.account_id and r.role = 'ALUMNUS');
