-- Holidays of 2026: Surat Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri
-- PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (announced by the Menko PMK
-- on 19 September 2025): 17 days of libur nasional and 8 days of cuti bersama.
insert into esc_holiday (holiday_date, name, kind, provisional, source) values
 (date '2026-01-01', 'Tahun Baru 2026 Masehi', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA', false, 'SKB 3 Menteri 2026'),
 (date '2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA', false, 'SKB 3 Menteri 2026'),
 (date '2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-03-20', 'Cuti bersama Idul Fitri 1447 H', 'CUTI_BERSAMA', false, 'SKB 3 Menteri 2026'),
 (date '2026-03-21', 'Idul Fitri 1447 H', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-03-22', 'Idul Fitri 1447 H', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-03-23', 'Cuti bersama Idul Fitri 1447 H', 'CUTI_BERSAMA', false, 'SKB 3 Menteri 2026'),
 (date '2026-03-24', 'Cuti bersama Idul Fitri 1447 H', 'CUTI_BERSAMA', false, 'SKB 3 Menteri 2026'),
 (date '2026-04-03', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-05-14', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA', false, 'SKB 3 Menteri 2026'),
 (date '2026-05-27', 'Idul Adha 1447 H', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-05-28', 'Cuti bersama Idul Adha 1447 H', 'CUTI_BERSAMA', false, 'SKB 3 Menteri 2026'),
 (date '2026-05-31', 'Hari Raya Waisak 2570 BE', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-06-16', 'Tahun Baru Islam 1448 H', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-08-25', 'Maulid Nabi Muhammad SAW', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026'),
 (date '2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA', false, 'SKB 3 Menteri 2026'),
 (date '2026-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL', false, 'SKB 3 Menteri 2026');

-- Holidays of 2027: the SKB 3 Menteri for 2027 could not be found when this was written. Dates
-- fixed by law (1 January, 1 May, 1 June, 17 August, 25 December) and the Christian feasts (from
-- Easter, 28 March 2027) are certain; the Islamic, Chinese, Hindu and Buddhist dates are estimates
-- from the astronomical calendars and are marked provisional. No cuti bersama is seeded for 2027.
-- Administrators correct and complete the list through PUT/POST /api/escalation/holidays once the
-- decree is published.
insert into esc_holiday (holiday_date, name, kind, provisional, source) values
 (date '2027-01-01', 'Tahun Baru 2027 Masehi', 'LIBUR_NASIONAL', false, 'tanggal tetap'),
 (date '2027-01-05', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)', 'LIBUR_NASIONAL', true, 'perkiraan hisab, menunggu SKB 2027'),
 (date '2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'LIBUR_NASIONAL', true, 'perkiraan, menunggu SKB 2027'),
 (date '2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949) (perkiraan)', 'LIBUR_NASIONAL', true, 'perkiraan, menunggu SKB 2027'),
 (date '2027-03-10', 'Idul Fitri 1448 H (perkiraan)', 'LIBUR_NASIONAL', true, 'perkiraan hisab, menunggu SKB 2027'),
 (date '2027-03-11', 'Idul Fitri 1448 H (perkiraan)', 'LIBUR_NASIONAL', true, 'perkiraan hisab, menunggu SKB 2027'),
 (date '2027-03-26', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL', false, 'dari tanggal Paskah'),
 (date '2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL', false, 'dari tanggal Paskah'),
 (date '2027-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL', false, 'tanggal tetap'),
 (date '2027-05-06', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL', false, 'dari tanggal Paskah'),
 (date '2027-05-17', 'Idul Adha 1448 H (perkiraan)', 'LIBUR_NASIONAL', true, 'perkiraan hisab, menunggu SKB 2027'),
 (date '2027-05-20', 'Hari Raya Waisak 2571 BE (perkiraan)', 'LIBUR_NASIONAL', true, 'perkiraan, menunggu SKB 2027'),
 (date '2027-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL', false, 'tanggal tetap'),
 (date '2027-06-06', 'Tahun Baru Islam 1449 H (perkiraan)', 'LIBUR_NASIONAL', true, 'perkiraan hisab, menunggu SKB 2027'),
 (date '2027-08-15', 'Maulid Nabi Muhammad SAW (perkiraan)', 'LIBUR_NASIONAL', true, 'perkiraan hisab, menunggu SKB 2027'),
 (date '2027-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', 'LIBUR_NASIONAL', false, 'tanggal tetap'),
 (date '2027-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL', false, 'tanggal tetap');

-- Service levels: a global default and a process-wide default for every known process; steps get
-- their own rows as the processes settle (through the admin API). Message waits of a cooperation
-- are answered by the Pemda's Bagian Ekonomi, which coordinates its OPDs.
insert into esc_sla (process_key, activity_id, pemda_code, due_working_days, level2_after_days, level3_after_days, responsible_group, updated_at) values
 ('*', '*', '*', 5, 3, 3, null, current_timestamp),
 ('pip-pemda-cooperation', '*', '*', 10, 5, 5, 'pemda-{pemdaCode}-ekonomi', current_timestamp),
 ('cross-opd-data-request', '*', '*', 7, 3, 3, 'pemda-{pemdaCode}-ekonomi', current_timestamp),
 ('incubation-cohort', '*', '*', 10, 5, 5, null, current_timestamp),
 ('incubation-participant', '*', '*', 5, 3, 3, null, current_timestamp);
