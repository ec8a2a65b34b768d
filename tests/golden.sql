-- golden.sql - dump the structured result of the latest build of a database,
-- deterministically ordered and without ids or dates, for the golden tests
-- (tests/regen.sh writes testdata/go1.*/*.expected, tests/cli/golden.sh
-- compares).  Run as: sqlite3 -batch DB < tests/golden.sql
--
-- Text that spans lines (go1.19 raw literals) is shown with a line feed
-- replaced by '⏎' so that every row stays on one output line.
.headers off
.mode list
.separator ' | '
.nullvalue ∅

CREATE TEMP VIEW b AS SELECT MAX(id) AS id FROM builds;
CREATE TEMP VIEW pos AS
  SELECT id, CASE WHEN path = '' THEN '""' ELSE path END AS path FROM files;

SELECT '== build';
SELECT 'go ' || COALESCE(go_version_detected, '?'), '-m=' || m_level,
       input_lines || ' lines'
  FROM builds WHERE id = (SELECT id FROM b);

SELECT '== line classes';
SELECT class, n FROM line_counts
 WHERE build_id = (SELECT id FROM b) AND n > 0 ORDER BY class;

SELECT '== packages';
SELECT path, variant, name FROM packages
 WHERE build_id = (SELECT id FROM b) ORDER BY path, variant;

SELECT '== functions (package | name | declared at | inlinable | cost | budget | reason)';
SELECT p.path || CASE WHEN p.variant <> '' THEN ' [' || p.variant || ']' ELSE '' END,
       f.name,
       COALESCE(fl.path || ':' || f.line || ':' || f.col, '-'),
       f.inlinable, f.cost, f.budget, f.reason
  FROM functions f JOIN packages p ON p.id = f.package_id
  LEFT JOIN pos fl ON fl.id = f.file_id
 WHERE f.build_id = (SELECT id FROM b)
 ORDER BY p.path, p.variant, fl.path IS NULL, fl.path, f.line, f.col, f.name;

SELECT '== events (package | at | kind | subject | target | level | count | function | attribution)';
SELECT p.path || CASE WHEN p.variant <> '' THEN ' [' || p.variant || ']' ELSE '' END,
       fl.path || ':' || e.line || ':' || e.col,
       e.kind, replace(e.subject, char(10), '⏎'), e.target, e.level, e.count,
       COALESCE(f.name, '-'), e.attribution
  FROM events e JOIN packages p ON p.id = e.package_id
  JOIN pos fl ON fl.id = e.file_id
  LEFT JOIN functions f ON f.id = e.function_id
 WHERE e.build_id = (SELECT id FROM b)
 ORDER BY p.path, p.variant, fl.path, e.line, e.col, e.kind, e.subject;

SELECT '== explanations (in input order; flows "dst | ops | src", steps "expr | reason | at")';
WITH x AS (
  SELECT x.*, (SELECT seq FROM inputs WHERE id = x.input_id) AS input_seq
    FROM explanations x WHERE x.build_id = (SELECT id FROM b)
), rows AS (
  SELECT x.input_seq AS k1, x.line_no AS k2, 0 AS k3, 0 AS k4, 0 AS k5,
         x.kind || ' | ' || replace(x.subject, char(10), '⏎')
         || CASE WHEN x.dest IS NOT NULL THEN ' -> ' || x.dest ELSE '' END
         || CASE WHEN x.derefs IS NOT NULL THEN ' derefs=' || x.derefs ELSE '' END
         || ' | ' || (SELECT path FROM pos WHERE id = x.file_id) || ':' || x.line || ':' || x.col
         || ' | in ' || COALESCE((SELECT name FROM functions WHERE id = x.function_id), '-')
         || ' | explains ' || COALESCE((SELECT e.kind || ' ' || replace(e.subject, char(10), '⏎')
                                          || ' @' || e.line || ':' || e.col
                                        FROM events e WHERE e.id = x.event_id), '-')
         || CASE WHEN x.truncated THEN ' | truncated' ELSE '' END AS txt
    FROM x
  UNION ALL
  SELECT x.input_seq, x.line_no, fw.seq, 0, 0,
         '  flow ' || fw.seq || ': ' || replace(fw.dst, char(10), '⏎') || ' | ' || fw.ops
         || ' | ' || replace(fw.src, char(10), '⏎')
    FROM flows fw JOIN x ON x.id = fw.explanation_id
  UNION ALL
  SELECT x.input_seq, x.line_no, COALESCE(s.flow_seq, 0), 1,
         s.seq,
         CASE WHEN s.flow_seq IS NULL THEN '  step ' ELSE '    step ' END || s.seq || ': '
         || replace(s.expr, char(10), '⏎') || ' | ' || COALESCE(s.reason, '∅') || ' | '
         || COALESCE((SELECT path FROM pos WHERE id = s.file_id) || ':' || s.line || ':' || s.col, '-')
    FROM steps s JOIN x ON x.id = s.explanation_id
)
SELECT txt FROM rows ORDER BY k1, k2, k3, k4, k5;

SELECT '== inlined and not inlined calls (at | callee | inlined | reason | count | in)';
SELECT fl.path || ':' || c.line || ':' || c.col, c.callee, c.inlined, c.reason, c.count,
       COALESCE(f.name, '-')
  FROM inline_calls c JOIN pos fl ON fl.id = c.file_id
  LEFT JOIN functions f ON f.id = c.function_id
 WHERE c.build_id = (SELECT id FROM b)
 ORDER BY fl.path, c.line, c.col, c.callee, c.inlined;

SELECT '== devirtualizations (at | call | target | partial | in)';
SELECT fl.path || ':' || d.line || ':' || d.col, d.call, d.target, d.partial,
       COALESCE(f.name, '-')
  FROM devirtualizations d JOIN pos fl ON fl.id = d.file_id
  LEFT JOIN functions f ON f.id = d.function_id
 WHERE d.build_id = (SELECT id FROM b)
 ORDER BY fl.path, d.line, d.col, d.call;

SELECT '== captures (at | function | variable | by_ref | addr | assign | width)';
SELECT fl.path || ':' || c.line || ':' || c.col, COALESCE(f.name, '-'), c.variable,
       c.by_ref, c.addr, c.assign, c.width
  FROM captures c JOIN pos fl ON fl.id = c.file_id
  LEFT JOIN functions f ON f.id = c.function_id
 WHERE c.build_id = (SELECT id FROM b)
 ORDER BY fl.path, c.line, c.col, c.variable, f.name;

SELECT '== other lines kept verbatim (input line | class | kind | message)';
SELECT d.line_no, d.class, d.kind, replace(d.message, char(10), '⏎')
  FROM diagnostics d LEFT JOIN inputs i ON i.id = d.input_id
 WHERE d.build_id = (SELECT id FROM b)
 ORDER BY i.seq, d.line_no;
