--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counters (
    series text NOT NULL,
    year bigint NOT NULL,
    last bigint NOT NULL
);


--
-- Name: entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entries (
    series text NOT NULL,
    year bigint NOT NULL,
    number bigint NOT NULL,
    state text NOT NULL,
    taken_by text NOT NULL,
    taken_at double precision NOT NULL,
    symbol text,
    doc_date text,
    kind text,
    kind_name text,
    summary text,
    signer text,
    recipients text,
    archive_holder text,
    copies bigint,
    unit text,
    note text,
    file_path text,
    staging_path text,
    sha256 text,
    placed bigint DEFAULT 0 NOT NULL,
    issued_by text,
    issued_at double precision,
    cancelled_by text,
    cancelled_at double precision,
    cancel_reason text
);


--
-- Name: series; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.series (
    name text NOT NULL,
    kinds text NOT NULL,
    pattern text NOT NULL,
    agency text NOT NULL,
    secret integer NOT NULL
);


--
-- Data for Name: counters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.counters VALUES ('chung', 2026, 3);
INSERT INTO public.counters VALUES ('mat', 2026, 1);


--
-- Data for Name: entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.entries VALUES ('chung', 2026, 3, 'reserved', 'Trần Thị Bình', 1772416800, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.entries VALUES ('mat', 2026, 1, 'reserved', 'Lê Văn Cường', 1772416800, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.entries VALUES ('chung', 2026, 2, 'cancelled', 'Trần Thị Bình', 1772416800, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, 'Trần Thị Bình', 1772416800, 'Lấy nhầm');
INSERT INTO public.entries VALUES ('chung', 2026, 1, 'issued', 'Trần Thị Bình', 1772416800, '01/QĐ-SYT', '2026-03-02', 'QĐ', 'Quyết định', 'Về việc khen thưởng', 'Nguyễn Văn An', '', '', 1, '', '', '/tmp/h29-fx/qd.pdf', '/tmp/h29-fx/.qd.pdf.so-di-tam', 'c33ba9f41cf66aca3859ba30e5c9681d3f45315e2c55d6c118e9adcd9e6536fb', 1, 'văn thư', 1772416800, NULL, NULL, NULL);


--
-- Data for Name: series; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.series VALUES ('chung', '', '{so}/{loai}-{co_quan}', 'SYT', 0);
INSERT INTO public.series VALUES ('mat', '', '{so}/{loai}-{co_quan}', 'SYT', 1);


--
-- Name: counters counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counters
    ADD CONSTRAINT counters_pkey PRIMARY KEY (series, year);


--
-- Name: entries entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entries
    ADD CONSTRAINT entries_pkey PRIMARY KEY (series, year, number);


--
-- Name: series series_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.series
    ADD CONSTRAINT series_pkey PRIMARY KEY (name);


--
-- Name: entries_file; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX entries_file ON public.entries USING btree (file_path);


--
-- Name: entries_symbol; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX entries_symbol ON public.entries USING btree (year, symbol) WHERE (symbol IS NOT NULL);


--
-- PostgreSQL database dump complete
--


