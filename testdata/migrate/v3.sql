PRAGMA application_id = 1163089475;
PRAGMA user_version = 3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE builds (
  id INTEGER PRIMARY KEY,
  label TEXT,
  commit_rev TEXT,
  go_version TEXT,
  go_version_detected TEXT,
  m_level INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  input_lines INTEGER NOT NULL DEFAULT 0,
  input_bytes INTEGER NOT NULL DEFAULT 0,
  tool_version TEXT NOT NULL
);
INSERT INTO builds VALUES(1,'go1.10',NULL,'1.9-1.10','1.9-1.10',2,'2026-12-03T08:38:08Z',11,598,'0.1.0');
INSERT INTO builds VALUES(2,'go1.15',NULL,'1.15-1.16','1.15-1.16',2,'2026-12-03T08:38:08Z',606,47210,'0.1.0');
INSERT INTO builds VALUES(3,'go1.27',NULL,'1.25+','1.25+',2,'2026-12-03T08:38:08Z',916,65424,'0.1.0');
INSERT INTO builds VALUES(4,'before',NULL,'1.17-1.24','1.17-1.24',2,'2026-12-03T08:38:08Z',79,4647,'0.1.0');
INSERT INTO builds VALUES(5,'after',NULL,'1.17-1.24','1.17-1.24',2,'2026-12-03T08:38:08Z',106,6140,'0.1.0');
CREATE TABLE inputs (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  lines INTEGER NOT NULL DEFAULT 0,
  bytes INTEGER NOT NULL DEFAULT 0
);
INSERT INTO inputs VALUES(1,1,1,'/work/shared/corpus/legacy/061_go1.10_gotraining_2018-06_example4_mm_columns.txt',11,598);
INSERT INTO inputs VALUES(2,2,1,'/work/main/testdata/go1.15/escprobe-m2.log',606,47210);
INSERT INTO inputs VALUES(3,3,1,'/work/main/testdata/go1.27/escprobe-m2.log',916,65424);
INSERT INTO inputs VALUES(4,4,1,'/work/main/testdata/diff/go1.22/before-m2.log',79,4647);
INSERT INTO inputs VALUES(5,5,1,'/work/main/testdata/diff/go1.22/after-m2.log',106,6140);
CREATE TABLE line_counts (
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  class TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (build_id, class)
) WITHOUT ROWID;
INSERT INTO line_counts VALUES(1,'blank',0);
INSERT INTO line_counts VALUES(1,'can_inline',0);
INSERT INTO line_counts VALUES(1,'cannot_inline',3);
INSERT INTO line_counts VALUES(1,'capturing',0);
INSERT INTO line_counts VALUES(1,'compiler_error',0);
INSERT INTO line_counts VALUES(1,'continuation',0);
INSERT INTO line_counts VALUES(1,'debug',0);
INSERT INTO line_counts VALUES(1,'devirtualizing',0);
INSERT INTO line_counts VALUES(1,'does_not_escape',4);
INSERT INTO line_counts VALUES(1,'escape_explanation',0);
INSERT INTO line_counts VALUES(1,'escape_verdict',1);
INSERT INTO line_counts VALUES(1,'explanation_warning',0);
INSERT INTO line_counts VALUES(1,'flow',0);
INSERT INTO line_counts VALUES(1,'inlining_call',0);
INSERT INTO line_counts VALUES(1,'leaking_param',0);
INSERT INTO line_counts VALUES(1,'moved_to_heap',1);
INSERT INTO line_counts VALUES(1,'non_compiler',0);
INSERT INTO line_counts VALUES(1,'other_diagnostic',0);
INSERT INTO line_counts VALUES(1,'package_header',1);
INSERT INTO line_counts VALUES(1,'param_leak_explanation',0);
INSERT INTO line_counts VALUES(1,'step',1);
INSERT INTO line_counts VALUES(1,'unrecognized',0);
INSERT INTO line_counts VALUES(2,'blank',0);
INSERT INTO line_counts VALUES(2,'can_inline',24);
INSERT INTO line_counts VALUES(2,'cannot_inline',12);
INSERT INTO line_counts VALUES(2,'capturing',11);
INSERT INTO line_counts VALUES(2,'compiler_error',0);
INSERT INTO line_counts VALUES(2,'continuation',0);
INSERT INTO line_counts VALUES(2,'debug',0);
INSERT INTO line_counts VALUES(2,'devirtualizing',0);
INSERT INTO line_counts VALUES(2,'does_not_escape',28);
INSERT INTO line_counts VALUES(2,'escape_explanation',54);
INSERT INTO line_counts VALUES(2,'escape_verdict',47);
INSERT INTO line_counts VALUES(2,'explanation_warning',0);
INSERT INTO line_counts VALUES(2,'flow',138);
INSERT INTO line_counts VALUES(2,'inlining_call',43);
INSERT INTO line_counts VALUES(2,'leaking_param',10);
INSERT INTO line_counts VALUES(2,'moved_to_heap',7);
INSERT INTO line_counts VALUES(2,'non_compiler',2);
INSERT INTO line_counts VALUES(2,'other_diagnostic',2);
INSERT INTO line_counts VALUES(2,'package_header',2);
INSERT INTO line_counts VALUES(2,'param_leak_explanation',11);
INSERT INTO line_counts VALUES(2,'step',215);
INSERT INTO line_counts VALUES(2,'unrecognized',0);
INSERT INTO line_counts VALUES(3,'blank',0);
INSERT INTO line_counts VALUES(3,'can_inline',38);
INSERT INTO line_counts VALUES(3,'cannot_inline',9);
INSERT INTO line_counts VALUES(3,'capturing',11);
INSERT INTO line_counts VALUES(3,'compiler_error',0);
INSERT INTO line_counts VALUES(3,'continuation',0);
INSERT INTO line_counts VALUES(3,'debug',0);
INSERT INTO line_counts VALUES(3,'devirtualizing',0);
INSERT INTO line_counts VALUES(3,'does_not_escape',36);
INSERT INTO line_counts VALUES(3,'escape_explanation',90);
INSERT INTO line_counts VALUES(3,'escape_verdict',82);
INSERT INTO line_counts VALUES(3,'explanation_warning',0);
INSERT INTO line_counts VALUES(3,'flow',215);
INSERT INTO line_counts VALUES(3,'inlining_call',63);
INSERT INTO line_counts VALUES(3,'leaking_param',10);
INSERT INTO line_counts VALUES(3,'moved_to_heap',8);
INSERT INTO line_counts VALUES(3,'non_compiler',0);
INSERT INTO line_counts VALUES(3,'other_diagnostic',3);
INSERT INTO line_counts VALUES(3,'package_header',2);
INSERT INTO line_counts VALUES(3,'param_leak_explanation',16);
INSERT INTO line_counts VALUES(3,'step',333);
INSERT INTO line_counts VALUES(3,'unrecognized',0);
INSERT INTO line_counts VALUES(4,'blank',0);
INSERT INTO line_counts VALUES(4,'can_inline',7);
INSERT INTO line_counts VALUES(4,'cannot_inline',1);
INSERT INTO line_counts VALUES(4,'capturing',0);
INSERT INTO line_counts VALUES(4,'compiler_error',0);
INSERT INTO line_counts VALUES(4,'continuation',0);
INSERT INTO line_counts VALUES(4,'debug',0);
INSERT INTO line_counts VALUES(4,'devirtualizing',1);
INSERT INTO line_counts VALUES(4,'does_not_escape',5);
INSERT INTO line_counts VALUES(4,'escape_explanation',5);
INSERT INTO line_counts VALUES(4,'escape_verdict',5);
INSERT INTO line_counts VALUES(4,'explanation_warning',0);
INSERT INTO line_counts VALUES(4,'flow',15);
INSERT INTO line_counts VALUES(4,'inlining_call',8);
INSERT INTO line_counts VALUES(4,'leaking_param',3);
INSERT INTO line_counts VALUES(4,'moved_to_heap',0);
INSERT INTO line_counts VALUES(4,'non_compiler',0);
INSERT INTO line_counts VALUES(4,'other_diagnostic',0);
INSERT INTO line_counts VALUES(4,'package_header',1);
INSERT INTO line_counts VALUES(4,'param_leak_explanation',4);
INSERT INTO line_counts VALUES(4,'step',24);
INSERT INTO line_counts VALUES(4,'unrecognized',0);
INSERT INTO line_counts VALUES(5,'blank',0);
INSERT INTO line_counts VALUES(5,'can_inline',6);
INSERT INTO line_counts VALUES(5,'cannot_inline',2);
INSERT INTO line_counts VALUES(5,'capturing',0);
INSERT INTO line_counts VALUES(5,'compiler_error',0);
INSERT INTO line_counts VALUES(5,'continuation',0);
INSERT INTO line_counts VALUES(5,'debug',0);
INSERT INTO line_counts VALUES(5,'devirtualizing',1);
INSERT INTO line_counts VALUES(5,'does_not_escape',6);
INSERT INTO line_counts VALUES(5,'escape_explanation',8);
INSERT INTO line_counts VALUES(5,'escape_verdict',7);
INSERT INTO line_counts VALUES(5,'explanation_warning',0);
INSERT INTO line_counts VALUES(5,'flow',22);
INSERT INTO line_counts VALUES(5,'inlining_call',8);
INSERT INTO line_counts VALUES(5,'leaking_param',4);
INSERT INTO line_counts VALUES(5,'moved_to_heap',1);
INSERT INTO line_counts VALUES(5,'non_compiler',0);
INSERT INTO line_counts VALUES(5,'other_diagnostic',0);
INSERT INTO line_counts VALUES(5,'package_header',1);
INSERT INTO line_counts VALUES(5,'param_leak_explanation',5);
INSERT INTO line_counts VALUES(5,'step',35);
INSERT INTO line_counts VALUES(5,'unrecognized',0);
CREATE TABLE packages (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  variant TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  UNIQUE (build_id, path, variant)
);
INSERT INTO packages VALUES(1,1,'github.com/ardanlabs/gotraining/topics/go/language/pointers/example4','','example4');
INSERT INTO packages VALUES(2,2,'example.com/escprobe/store','','store');
INSERT INTO packages VALUES(3,2,'example.com/escprobe','','escprobe');
INSERT INTO packages VALUES(4,3,'example.com/escprobe/store','','store');
INSERT INTO packages VALUES(5,3,'example.com/escprobe','','escprobe');
INSERT INTO packages VALUES(6,4,'example.com/diffprobe','','diffprobe');
INSERT INTO packages VALUES(7,5,'example.com/diffprobe','','diffprobe');
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  UNIQUE (build_id, path)
);
INSERT INTO files VALUES(1,1,'./example4.go');
INSERT INTO files VALUES(2,2,'store/store.go');
INSERT INTO files VALUES(3,2,'./closures.go');
INSERT INTO files VALUES(4,2,'./main.go');
INSERT INTO files VALUES(5,2,'./tricky.go');
INSERT INTO files VALUES(6,2,'<autogenerated>');
INSERT INTO files VALUES(7,3,'store/store.go');
INSERT INTO files VALUES(8,3,'./closures.go');
INSERT INTO files VALUES(9,3,'./generics.go');
INSERT INTO files VALUES(10,3,'./main.go');
INSERT INTO files VALUES(11,3,'./tricky.go');
INSERT INTO files VALUES(12,3,'<autogenerated>');
INSERT INTO files VALUES(13,4,'./main.go');
INSERT INTO files VALUES(14,4,'<autogenerated>');
INSERT INTO files VALUES(15,5,'./main.go');
INSERT INTO files VALUES(16,5,'<autogenerated>');
CREATE TABLE functions (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  package_id INTEGER NOT NULL REFERENCES packages(id),
  name TEXT NOT NULL,
  closure INTEGER NOT NULL DEFAULT 0,
  file_id INTEGER REFERENCES files(id),
  line INTEGER,
  col INTEGER,
  inlinable INTEGER,
  cost INTEGER,
  budget INTEGER,
  reason TEXT,
  body TEXT,
  UNIQUE (build_id, package_id, name)
);
INSERT INTO functions VALUES(1,1,1,'createUserV1',0,1,24,6,0,NULL,NULL,'marked go:noinline',NULL);
INSERT INTO functions VALUES(2,1,1,'createUserV2',0,1,38,6,0,NULL,NULL,'marked go:noinline',NULL);
INSERT INTO functions VALUES(3,1,1,'main',0,1,14,6,0,NULL,NULL,'non-leaf function',NULL);
INSERT INTO functions VALUES(4,2,2,'New',0,2,20,6,1,6,NULL,NULL,'func() *Store { return &Store literal }');
INSERT INTO functions VALUES(5,2,2,'(*Store).Put',0,2,25,6,1,14,NULL,NULL,'method(*Store) func(*Item) { s.items[it.Key] = it; s.log = append(s.log, it) }');
INSERT INTO functions VALUES(6,2,2,'(*Store).Get',0,2,31,6,1,5,NULL,NULL,'method(*Store) func(string) *Item { return s.items[key] }');
INSERT INTO functions VALUES(7,2,2,'(*Store).Len',0,2,36,6,1,4,NULL,NULL,'method(*Store) func() int { return len(s.items) }');
INSERT INTO functions VALUES(8,2,2,'(*Store).Write',0,2,39,6,1,7,NULL,NULL,'method(*Store) func([]byte) { s.buf = append(s.buf, p...) }');
INSERT INTO functions VALUES(9,2,2,'(*Store).Consume',0,2,45,6,1,18,NULL,NULL,'method(*Store) func(int, int) []byte { out := s.buf[:n]; s.buf = s.buf[n:m]; return out }');
INSERT INTO functions VALUES(10,2,2,'(*Store).Keys',0,2,52,6,0,NULL,NULL,'unhandled op RANGE',NULL);
INSERT INTO functions VALUES(11,2,2,'Identity',0,2,61,6,1,2,NULL,NULL,'func(*Item) *Item { return it }');
INSERT INTO functions VALUES(12,2,2,'TagOf',0,2,64,6,1,13,NULL,NULL,'func(*Item) string { if len(it.Tags) == 0 { return "" }; return it.Tags[0] }');
INSERT INTO functions VALUES(13,2,3,'closures.func1',1,3,9,7,1,5,NULL,NULL,'func() int { byRef += byValue; return byRef }');
INSERT INTO functions VALUES(14,2,3,'closures.func2.1',1,3,17,10,1,5,NULL,NULL,'func() int { count++; return count }');
INSERT INTO functions VALUES(15,2,3,'closures.func3',1,3,27,21,1,4,NULL,NULL,'func() int { return i * byValue }');
INSERT INTO functions VALUES(16,2,3,'closures.func4.1',1,3,30,12,1,3,NULL,NULL,'func() { byRef++ }');
INSERT INTO functions VALUES(17,2,3,'closures.func4',1,3,29,12,0,NULL,NULL,'unhandled op CLOSURE',NULL);
INSERT INTO functions VALUES(18,2,3,'goroutinesAndDefer.func1',1,4,124,5,1,16,NULL,NULL,'func() { p.Move(1, 1); done <- true }');
INSERT INTO functions VALUES(19,2,3,'goroutinesAndDefer.func2',1,4,129,8,1,3,NULL,NULL,'func() { global = p }');
INSERT INTO functions VALUES(20,2,3,'main.func1',1,4,142,12,1,61,NULL,NULL,'func() { move(2, 2) }');
INSERT INTO functions VALUES(21,2,3,'closures',0,3,6,6,0,NULL,NULL,'unhandled op CLOSURE',NULL);
INSERT INTO functions VALUES(22,2,3,'closures.func2',1,3,15,11,0,NULL,NULL,'unhandled op CLOSURE',NULL);
INSERT INTO functions VALUES(23,2,3,'abs',0,4,24,6,1,9,NULL,NULL,'func(int) int { if x < 0 { return -x }; return x }');
INSERT INTO functions VALUES(24,2,3,'Point.Dist',0,4,19,6,1,28,NULL,NULL,'method(Point) func() int { return abs(p.X) + abs(p.Y) }');
INSERT INTO functions VALUES(25,2,3,'(*Point).Move',0,4,22,6,1,8,NULL,NULL,'method(*Point) func(int, int) { p.X += dx; p.Y += dy }');
INSERT INTO functions VALUES(26,2,3,'newPoint',0,4,39,6,1,12,NULL,NULL,'func(int, int) *Point { p := Point literal; return &p }');
INSERT INTO functions VALUES(27,2,3,'keep',0,4,45,6,1,3,NULL,NULL,'func(*Point) { global = p }');
INSERT INTO functions VALUES(28,2,3,'pass',0,4,48,6,1,2,NULL,NULL,'func(*Point) *Point { return p }');
INSERT INTO functions VALUES(29,2,3,'deref',0,4,51,6,1,3,NULL,NULL,'func(**Point) *Point { return *pp }');
INSERT INTO functions VALUES(30,2,3,'collect',0,4,54,6,0,NULL,NULL,'unhandled op RANGE',NULL);
INSERT INTO functions VALUES(31,2,3,'fact',0,4,61,6,0,NULL,NULL,'recursive',NULL);
INSERT INTO functions VALUES(32,2,3,'noInline',0,4,71,6,0,NULL,NULL,'marked go:noinline',NULL);
INSERT INTO functions VALUES(33,2,3,'complexFn',0,4,74,6,0,NULL,NULL,'unhandled op RANGE',NULL);
INSERT INTO functions VALUES(34,2,3,'bigArrays',0,4,100,6,1,34,NULL,NULL,'func(int) int { var big [16777216]byte; big = <N>; big[n] = 1; buf := make([]byte, 1 << 17); buf[n] = big[n]; dyn := make([]int, n); return len(buf) + len(dyn) }');
INSERT INTO functions VALUES(35,2,3,'literals',0,4,110,6,0,125,80,'function too complex: cost 125 exceeds budget 80',NULL);
INSERT INTO functions VALUES(36,2,3,'goroutinesAndDefer',0,4,121,6,0,NULL,NULL,'unhandled op GO',NULL);
INSERT INTO functions VALUES(37,2,3,'(*Point).Move-fm',1,4,22,6,1,16,NULL,NULL,'func(int, int) { .this = <node CLOSUREVAR>; .this.Move(dx, dy) }');
INSERT INTO functions VALUES(38,2,3,'tricky',0,5,7,6,0,167,80,'function too complex: cost 167 exceeds budget 80',NULL);
INSERT INTO functions VALUES(39,2,3,'main',0,4,133,6,0,NULL,NULL,'unhandled op CALLPART',NULL);
INSERT INTO functions VALUES(40,3,4,'New',0,7,20,6,1,6,NULL,NULL,'func() *Store { return &Store{...} }');
INSERT INTO functions VALUES(41,3,4,'(*Store).Put',0,7,25,6,1,14,NULL,NULL,'method(*Store) func(*Item) { s.items[it.Key] = it; s.log = append(s.log, it) }');
INSERT INTO functions VALUES(42,3,4,'(*Store).Get',0,7,31,6,1,5,NULL,NULL,'method(*Store) func(string) *Item { return s.items[key] }');
INSERT INTO functions VALUES(43,3,4,'(*Store).Len',0,7,36,6,1,4,NULL,NULL,'method(*Store) func() int { return len(s.items) }');
INSERT INTO functions VALUES(44,3,4,'(*Store).Write',0,7,39,6,1,7,NULL,NULL,'method(*Store) func([]byte) { s.buf = append(s.buf, p...) }');
INSERT INTO functions VALUES(45,3,4,'(*Store).Consume',0,7,45,6,1,18,NULL,NULL,'method(*Store) func(int, int) []byte { out := s.buf[:n]; s.buf = s.buf[n:m]; return out }');
INSERT INTO functions VALUES(46,3,4,'(*Store).Keys',0,7,52,6,1,22,NULL,NULL,'method(*Store) func() []string { keys := make([]string, 0, len(s.items)); for loop; return keys }');
INSERT INTO functions VALUES(47,3,4,'Identity',0,7,61,6,1,2,NULL,NULL,'func(*Item) *Item { return it }');
INSERT INTO functions VALUES(48,3,4,'TagOf',0,7,64,6,1,13,NULL,NULL,'func(*Item) string { if len(it.Tags) == 0 { return "" }; return it.Tags[0] }');
INSERT INTO functions VALUES(49,3,5,'closures.func2',1,8,15,11,1,22,NULL,NULL,'func(int) func() int { count := n; return func literal }');
INSERT INTO functions VALUES(50,3,5,'closures.func2.1',1,8,17,10,1,5,NULL,NULL,'func() int { count++; return count }');
INSERT INTO functions VALUES(51,3,5,'closures.func1',1,8,9,7,1,5,NULL,NULL,'func() int { byRef += byValue; return byRef }');
INSERT INTO functions VALUES(52,3,5,'closures',0,8,6,6,0,340,80,'function too complex: cost 340 exceeds budget 80',NULL);
INSERT INTO functions VALUES(53,3,5,'closures.func3',1,8,27,21,1,4,NULL,NULL,'func() int { return i * byValue }');
INSERT INTO functions VALUES(54,3,5,'closures.func4.1',1,8,30,12,1,3,NULL,NULL,'func() { byRef++ }');
INSERT INTO functions VALUES(55,3,5,'closures.func4',1,8,29,12,1,25,NULL,NULL,'func() { inner := func literal; inner() }');
INSERT INTO functions VALUES(56,3,5,'Map[go.shape.int,go.shape.string]',0,9,14,6,1,40,NULL,NULL,'func(*[7]uintptr, []go.shape.int, func(go.shape.int) go.shape.string) []go.shape.string { out := make([]go.shape.string, 0, len(xs)); for loop; return out }');
INSERT INTO functions VALUES(57,3,5,'init.0.func1',1,9,43,30,1,64,NULL,NULL,'func(int) string { return fmt.Sprint(... argument...) }');
INSERT INTO functions VALUES(58,3,5,'(*Box[go.shape.*uint8]).Add',0,9,37,6,1,9,NULL,NULL,'method(*Box[go.shape.*uint8]) func(*[3]uintptr, go.shape.*uint8) *Box[go.shape.*uint8] { b.items = append(b.items, v); return b }');
INSERT INTO functions VALUES(59,3,5,'newPoint',0,10,39,6,1,12,NULL,NULL,'func(int, int) *Point { p := Point{...}; return &p }');
INSERT INTO functions VALUES(60,3,5,'Sum[go.shape.float64]',0,9,23,6,1,15,NULL,NULL,'func(*[3]uintptr, []go.shape.float64) go.shape.float64 { t = <nil>; for loop; return t }');
INSERT INTO functions VALUES(61,3,5,'init.0',0,9,42,6,0,228,80,'function too complex: cost 228 exceeds budget 80',NULL);
INSERT INTO functions VALUES(62,3,5,'abs',0,10,24,6,1,9,NULL,NULL,'func(int) int { if x < 0 { return -x }; return x }');
INSERT INTO functions VALUES(63,3,5,'Point.Dist',0,10,19,6,1,28,NULL,NULL,'method(Point) func() int { return abs(p.X) + abs(p.Y) }');
INSERT INTO functions VALUES(64,3,5,'(*Point).Move',0,10,22,6,1,8,NULL,NULL,'method(*Point) func(int, int) { p.X += dx; p.Y += dy }');
INSERT INTO functions VALUES(65,3,5,'keep',0,10,45,6,1,3,NULL,NULL,'func(*Point) { global = p }');
INSERT INTO functions VALUES(66,3,5,'pass',0,10,48,6,1,2,NULL,NULL,'func(*Point) *Point { return p }');
INSERT INTO functions VALUES(67,3,5,'deref',0,10,51,6,1,3,NULL,NULL,'func(**Point) *Point { return *pp }');
INSERT INTO functions VALUES(68,3,5,'collect',0,10,54,6,1,11,NULL,NULL,'func(...*Point) { for loop }');
INSERT INTO functions VALUES(69,3,5,'fact',0,10,61,6,1,71,NULL,NULL,'func(int) int { if n <= 1 { return 1 }; return n * fact(n - 1) }');
INSERT INTO functions VALUES(70,3,5,'noInline',0,10,71,6,0,NULL,NULL,'marked go:noinline',NULL);
INSERT INTO functions VALUES(71,3,5,'complexFn',0,10,74,6,0,279,80,'function too complex: cost 279 exceeds budget 80',NULL);
INSERT INTO functions VALUES(72,3,5,'bigArrays',0,10,100,6,1,34,NULL,NULL,'func(int) int { big = <nil>; big[n] = byte(1); buf := make([]byte, 131072); buf[n] = big[n]; dyn := make([]int, n); return len(buf) + len(dyn) }');
INSERT INTO functions VALUES(73,3,5,'literals',0,10,110,6,1,79,NULL,NULL,'func() int { m := map[string]int{...}; s := []Point{...}; ps := []*Point{...}; collect(ps...); keys := map[string]*Point{...}; sink = keys; return m["a"] + s[1].X }');
INSERT INTO functions VALUES(74,3,5,'goroutinesAndDefer',0,10,121,6,0,NULL,NULL,'unhandled op GO',NULL);
INSERT INTO functions VALUES(75,3,5,'goroutinesAndDefer.func1',1,10,124,5,1,15,NULL,NULL,'func() { (*Point).Move(p, 1, 1); done <- true }');
INSERT INTO functions VALUES(76,3,5,'goroutinesAndDefer.deferwrap1',1,10,128,2,1,78,NULL,NULL,'func() { fmt.Println(... argument...) }');
INSERT INTO functions VALUES(77,3,5,'goroutinesAndDefer.func2',1,10,129,8,1,3,NULL,NULL,'func() { global = p }');
INSERT INTO functions VALUES(78,3,5,'tricky',0,11,7,6,0,171,80,'function too complex: cost 171 exceeds budget 80',NULL);
INSERT INTO functions VALUES(79,3,5,'main',0,10,133,6,0,1118,80,'function too complex: cost 1118 exceeds budget 80',NULL);
INSERT INTO functions VALUES(80,3,5,'main.func1',1,10,142,12,1,21,NULL,NULL,'func() { move(2, 2) }');
INSERT INTO functions VALUES(81,3,5,'Sum[float64]',0,9,23,6,1,21,NULL,NULL,'func([]float64) float64 { return Sum[go.shape.float64](&.dict.Sum[float64], xs) }');
INSERT INTO functions VALUES(82,3,5,'(*Box[*main.Point]).Add',0,9,37,6,1,15,NULL,NULL,'method(*Box[*main.Point]) func(*Point) *Box[*main.Point] { return (*Box[go.shape.*uint8]).Add(b, &.dict.Box[*main.Point], v) }');
INSERT INTO functions VALUES(83,3,5,'Map[int,string]',0,9,14,6,1,47,NULL,NULL,'func([]int, func(int) string) []string { return Map[go.shape.int,go.shape.string](&.dict.Map[int,string], xs, f) }');
INSERT INTO functions VALUES(84,3,5,'closures.func2.func1',1,8,17,10,1,5,NULL,NULL,'func() int { count++; return count }');
INSERT INTO functions VALUES(85,4,6,'Rect.Area',0,13,16,6,1,6,NULL,NULL,'method(Rect) func() int { return r.W * r.H }');
INSERT INTO functions VALUES(86,4,6,'newPoint',0,13,22,6,1,11,NULL,NULL,'func(int, int) Point { p := Point{...}; return p }');
INSERT INTO functions VALUES(87,4,6,'store',0,13,27,6,1,3,NULL,NULL,'func(*Point) { sink = p }');
INSERT INTO functions VALUES(88,4,6,'remember',0,13,31,6,1,3,NULL,NULL,'func(int) { last = v }');
INSERT INTO functions VALUES(89,4,6,'total',0,13,35,6,1,61,NULL,NULL,'func(Shape) int { return s.Area() }');
INSERT INTO functions VALUES(90,4,6,'sum',0,13,37,6,1,16,NULL,NULL,'func([]int) int { t := 0; for loop; return t }');
INSERT INTO functions VALUES(91,4,6,'keep',0,13,45,6,1,2,NULL,NULL,'func(*Point) *Point { return p }');
INSERT INTO functions VALUES(92,4,6,'main',0,13,49,6,0,219,80,'function too complex: cost 219 exceeds budget 80',NULL);
INSERT INTO functions VALUES(93,5,7,'Rect.Area',0,15,16,6,1,6,NULL,NULL,'method(Rect) func() int { return r.W * r.H }');
INSERT INTO functions VALUES(94,5,7,'newPoint',0,15,22,6,1,12,NULL,NULL,'func(int, int) *Point { p := Point{...}; return &p }');
INSERT INTO functions VALUES(95,5,7,'store',0,15,27,6,1,3,NULL,NULL,'func(*Point) { sink = p }');
INSERT INTO functions VALUES(96,5,7,'remember',0,15,31,6,1,3,NULL,NULL,'func(interface {}) { last = v }');
INSERT INTO functions VALUES(97,5,7,'total',0,15,35,6,1,61,NULL,NULL,'func(Shape) int { return s.Area() }');
INSERT INTO functions VALUES(98,5,7,'sum',0,15,37,6,0,94,80,'function too complex: cost 94 exceeds budget 80',NULL);
INSERT INTO functions VALUES(99,5,7,'keep',0,15,46,6,1,2,NULL,NULL,'func(*Point) *Point { return p }');
INSERT INTO functions VALUES(100,5,7,'main',0,15,50,6,0,262,80,'function too complex: cost 262 exceeds budget 80',NULL);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  package_id INTEGER NOT NULL REFERENCES packages(id),
  function_id INTEGER REFERENCES functions(id),
  attribution TEXT,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  target TEXT,
  level INTEGER,
  file_id INTEGER NOT NULL REFERENCES files(id),
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  count INTEGER NOT NULL DEFAULT 1,
  input_id INTEGER REFERENCES inputs(id),
  line_no INTEGER
);
INSERT INTO events VALUES(1,1,1,1,'compiler','does_not_escape','&u',NULL,NULL,1,30,16,1,1,5);
INSERT INTO events VALUES(2,1,1,2,'declaration','heap_escape','&u',NULL,NULL,1,46,9,1,1,6);
INSERT INTO events VALUES(3,1,1,2,'declaration','moved_to_heap','u',NULL,NULL,1,39,2,1,1,8);
INSERT INTO events VALUES(4,1,1,2,'compiler','does_not_escape','&u',NULL,NULL,1,44,16,1,1,9);
INSERT INTO events VALUES(5,1,1,3,'compiler','does_not_escape','&u1',NULL,NULL,1,18,16,1,1,10);
INSERT INTO events VALUES(6,1,1,3,'compiler','does_not_escape','&u2',NULL,NULL,1,18,27,1,1,11);
INSERT INTO events VALUES(7,2,2,4,'declaration','heap_escape','&Store literal',NULL,NULL,2,21,9,1,2,19);
INSERT INTO events VALUES(8,2,2,4,'declaration','heap_escape','make(map[string]*Item)',NULL,NULL,2,21,27,1,2,20);
INSERT INTO events VALUES(9,2,2,5,'declaration','leaking_param_content','s',NULL,NULL,2,25,7,1,2,33);
INSERT INTO events VALUES(10,2,2,5,'declaration','leaking_param','it',NULL,NULL,2,25,21,1,2,34);
INSERT INTO events VALUES(11,2,2,6,'declaration','does_not_escape','s',NULL,NULL,2,31,7,1,2,35);
INSERT INTO events VALUES(12,2,2,6,'declaration','does_not_escape','key',NULL,NULL,2,31,21,1,2,36);
INSERT INTO events VALUES(13,2,2,7,'declaration','does_not_escape','s',NULL,NULL,2,36,7,1,2,37);
INSERT INTO events VALUES(14,2,2,8,'declaration','leaking_param_content','s',NULL,NULL,2,39,7,1,2,43);
INSERT INTO events VALUES(15,2,2,8,'declaration','does_not_escape','p',NULL,NULL,2,39,23,1,2,44);
INSERT INTO events VALUES(16,2,2,9,'compiler','self_assignment','s.buf = s.buf[n:m]',NULL,NULL,2,47,8,1,2,45);
INSERT INTO events VALUES(17,2,2,9,'declaration','leaking_param_result','s','~r2',1,2,45,7,1,2,53);
INSERT INTO events VALUES(18,2,2,10,'declaration','does_not_escape','s',NULL,NULL,2,52,7,1,2,57);
INSERT INTO events VALUES(19,2,2,10,'declaration','heap_escape','make([]string, 0, len(s.items))',NULL,NULL,2,53,14,1,2,58);
INSERT INTO events VALUES(20,2,2,11,'declaration','leaking_param_result','it','~r1',0,2,61,15,1,2,62);
INSERT INTO events VALUES(21,2,2,12,'declaration','leaking_param_result','it','~r1',2,2,64,12,1,2,68);
INSERT INTO events VALUES(22,2,3,21,'declaration','moved_to_heap','byRef',NULL,NULL,3,8,2,1,2,206);
INSERT INTO events VALUES(23,2,3,21,'declaration','moved_to_heap','i',NULL,NULL,3,26,6,1,2,207);
INSERT INTO events VALUES(24,2,3,21,'declaration','moved_to_heap','count',NULL,NULL,3,16,3,1,2,208);
INSERT INTO events VALUES(25,2,3,21,'declaration','does_not_escape','func literal',NULL,NULL,3,9,7,1,2,209);
INSERT INTO events VALUES(26,2,3,21,'declaration','does_not_escape','func literal',NULL,NULL,3,15,11,1,2,210);
INSERT INTO events VALUES(27,2,3,21,'declaration','heap_escape','func literal',NULL,NULL,3,27,21,1,2,211);
INSERT INTO events VALUES(28,2,3,21,'declaration','heap_escape','func literal',NULL,NULL,3,29,12,1,2,212);
INSERT INTO events VALUES(29,2,3,21,'declaration','heap_escape','byRef',NULL,NULL,3,33,13,1,2,213);
INSERT INTO events VALUES(30,2,3,21,'declaration','heap_escape','next()',NULL,NULL,3,33,25,1,2,214);
INSERT INTO events VALUES(31,2,3,21,'declaration','heap_escape','len(fns)',NULL,NULL,3,33,32,1,2,215);
INSERT INTO events VALUES(32,2,3,21,'declaration','does_not_escape','[]interface {} literal',NULL,NULL,3,33,13,1,2,216);
INSERT INTO events VALUES(33,2,3,21,'declaration','heap_escape','func literal',NULL,NULL,3,17,10,1,2,217);
INSERT INTO events VALUES(34,2,3,21,'declaration','does_not_escape','func literal',NULL,NULL,3,30,12,1,2,218);
INSERT INTO events VALUES(35,2,3,25,'declaration','does_not_escape','p',NULL,NULL,4,22,7,1,2,219);
INSERT INTO events VALUES(36,2,3,26,'declaration','moved_to_heap','p',NULL,NULL,4,40,2,1,2,224);
INSERT INTO events VALUES(37,2,3,27,'declaration','leaking_param','p',NULL,NULL,4,45,11,1,2,228);
INSERT INTO events VALUES(38,2,3,28,'declaration','leaking_param_result','p','~r1',0,4,48,11,1,2,232);
INSERT INTO events VALUES(39,2,3,29,'declaration','leaking_param_result','pp','~r1',1,4,51,12,1,2,237);
INSERT INTO events VALUES(40,2,3,30,'declaration','leaking_param_content','ps',NULL,NULL,4,54,14,1,2,244);
INSERT INTO events VALUES(41,2,3,33,'declaration','does_not_escape','xs',NULL,NULL,4,74,16,1,2,252);
INSERT INTO events VALUES(42,2,3,33,'declaration','does_not_escape','... argument',NULL,NULL,4,89,29,1,2,253);
INSERT INTO events VALUES(43,2,3,33,'declaration','heap_escape','i',NULL,NULL,4,89,29,1,2,254);
INSERT INTO events VALUES(44,2,3,34,'declaration','moved_to_heap','big',NULL,NULL,4,101,6,1,2,264);
INSERT INTO events VALUES(45,2,3,34,'declaration','heap_escape','make([]byte, 1 << 17)',NULL,NULL,4,103,13,1,2,265);
INSERT INTO events VALUES(46,2,3,34,'declaration','heap_escape','make([]int, n)',NULL,NULL,4,105,13,1,2,266);
INSERT INTO events VALUES(47,2,3,35,'declaration','does_not_escape','map[string]int literal',NULL,NULL,4,111,21,1,2,287);
INSERT INTO events VALUES(48,2,3,35,'declaration','does_not_escape','[]Point literal',NULL,NULL,4,112,14,1,2,288);
INSERT INTO events VALUES(49,2,3,35,'declaration','does_not_escape','[]*Point literal',NULL,NULL,4,113,16,1,2,289);
INSERT INTO events VALUES(50,2,3,35,'declaration','heap_escape','&Point literal',NULL,NULL,4,113,17,1,2,290);
INSERT INTO events VALUES(51,2,3,35,'declaration','heap_escape','map[string]*Point literal',NULL,NULL,4,115,27,1,2,291);
INSERT INTO events VALUES(52,2,3,35,'declaration','heap_escape','&Point literal',NULL,NULL,4,115,33,1,2,292);
INSERT INTO events VALUES(53,2,3,36,'declaration','heap_escape','&Point literal',NULL,NULL,4,123,7,1,2,319);
INSERT INTO events VALUES(54,2,3,36,'declaration','heap_escape','func literal',NULL,NULL,4,124,5,1,2,320);
INSERT INTO events VALUES(55,2,3,36,'declaration','does_not_escape','... argument',NULL,NULL,4,128,2,1,2,321);
INSERT INTO events VALUES(56,2,3,36,'declaration','heap_escape','"deferred"',NULL,NULL,4,128,20,1,2,322);
INSERT INTO events VALUES(57,2,3,36,'declaration','heap_escape','p.X',NULL,NULL,4,128,33,1,2,323);
INSERT INTO events VALUES(58,2,3,36,'declaration','does_not_escape','func literal',NULL,NULL,4,129,8,1,2,324);
INSERT INTO events VALUES(59,2,3,38,'declaration','heap_escape','([]byte)("x: y escapes to heap (assign) at a.go:1:2")',NULL,NULL,5,8,15,1,2,380);
INSERT INTO events VALUES(60,2,3,38,'declaration','heap_escape','msg',NULL,NULL,5,9,7,1,2,381);
INSERT INTO events VALUES(61,2,3,38,'declaration','heap_escape','html',NULL,NULL,5,11,13,1,2,382);
INSERT INTO events VALUES(62,2,3,38,'declaration','heap_escape','len(msg)',NULL,NULL,5,11,23,1,2,383);
INSERT INTO events VALUES(63,2,3,38,'declaration','does_not_escape','[]interface {} literal',NULL,NULL,5,11,13,1,2,384);
INSERT INTO events VALUES(64,2,3,38,'declaration','heap_escape','([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")',NULL,NULL,5,12,7,1,2,385);
INSERT INTO events VALUES(65,2,3,38,'declaration','heap_escape','([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")',NULL,NULL,5,12,15,1,2,386);
INSERT INTO events VALUES(66,2,3,38,'declaration','heap_escape','([]byte)("raw line one\nraw line two: z escapes to heap")',NULL,NULL,5,13,7,1,2,387);
INSERT INTO events VALUES(67,2,3,38,'declaration','heap_escape','([]byte)("raw line one\nraw line two: z escapes to heap")',NULL,NULL,5,13,15,1,2,388);
INSERT INTO events VALUES(68,2,3,38,'declaration','does_not_escape','... argument',NULL,NULL,5,15,20,1,2,389);
INSERT INTO events VALUES(69,2,3,38,'declaration','heap_escape','html',NULL,NULL,5,15,21,1,2,390);
INSERT INTO events VALUES(70,2,3,39,'compiler','self_assignment','store.s.buf = store.s.buf[store.n:store.m]',NULL,NULL,4,156,16,1,2,408);
INSERT INTO events VALUES(71,2,3,39,'declaration','moved_to_heap','p',NULL,NULL,4,134,15,1,2,573);
INSERT INTO events VALUES(72,2,3,39,'declaration','moved_to_heap','big',NULL,NULL,4,144,45,1,2,574);
INSERT INTO events VALUES(73,2,3,39,'declaration','does_not_escape','&Point literal',NULL,NULL,4,136,12,1,2,575);
INSERT INTO events VALUES(74,2,3,39,'declaration','heap_escape','r.Dist()',NULL,NULL,4,138,7,1,2,576);
INSERT INTO events VALUES(75,2,3,39,'declaration','heap_escape','p.Move',NULL,NULL,4,140,11,1,2,577);
INSERT INTO events VALUES(76,2,3,39,'declaration','heap_escape','func literal',NULL,NULL,4,142,12,1,2,578);
INSERT INTO events VALUES(77,2,3,39,'declaration','heap_escape','fact(5)',NULL,NULL,4,144,18,1,2,579);
INSERT INTO events VALUES(78,2,3,39,'declaration','heap_escape','noInline(1)',NULL,NULL,4,144,31,1,2,580);
INSERT INTO events VALUES(79,2,3,39,'declaration','heap_escape','bigArrays(3)',NULL,NULL,4,144,45,1,2,581);
INSERT INTO events VALUES(80,2,3,39,'declaration','heap_escape','make([]byte, 1 << 17)',NULL,NULL,4,144,45,1,2,582);
INSERT INTO events VALUES(81,2,3,39,'declaration','heap_escape','make([]int, n)',NULL,NULL,4,144,45,1,2,583);
INSERT INTO events VALUES(82,2,3,39,'declaration','heap_escape','literals()',NULL,NULL,4,144,58,1,2,584);
INSERT INTO events VALUES(83,2,3,39,'declaration','does_not_escape','[]interface {} literal',NULL,NULL,4,144,13,1,2,585);
INSERT INTO events VALUES(84,2,3,39,'declaration','does_not_escape','[]int literal',NULL,NULL,4,145,29,1,2,586);
INSERT INTO events VALUES(85,2,3,39,'declaration','heap_escape','total',NULL,NULL,4,146,13,1,2,587);
INSERT INTO events VALUES(86,2,3,39,'declaration','heap_escape','s',NULL,NULL,4,146,13,1,2,588);
INSERT INTO events VALUES(87,2,3,39,'declaration','heap_escape','*p',NULL,NULL,4,146,37,1,2,589);
INSERT INTO events VALUES(88,2,3,39,'declaration','does_not_escape','[]interface {} literal',NULL,NULL,4,146,12,1,2,590);
INSERT INTO events VALUES(89,2,3,39,'declaration','does_not_escape','&store.Store literal',NULL,NULL,4,152,17,1,2,591);
INSERT INTO events VALUES(90,2,3,39,'declaration','heap_escape','make(map[string]*store.Item)',NULL,NULL,4,152,17,1,2,592);
INSERT INTO events VALUES(91,2,3,39,'declaration','heap_escape','&store.Item literal',NULL,NULL,4,153,8,1,2,593);
INSERT INTO events VALUES(92,2,3,39,'declaration','heap_escape','[]string literal',NULL,NULL,4,153,54,1,2,594);
INSERT INTO events VALUES(93,2,3,39,'declaration','does_not_escape','([]byte)("hello world")',NULL,NULL,4,155,17,1,2,595);
INSERT INTO events VALUES(94,2,3,39,'declaration','heap_escape','st.Len()',NULL,NULL,4,157,20,1,2,596);
INSERT INTO events VALUES(95,2,3,39,'declaration','heap_escape','store.TagOf((*store.Item)(~R0))',NULL,NULL,4,157,35,1,2,597);
INSERT INTO events VALUES(96,2,3,39,'declaration','heap_escape','(*store.Item)(~R0).Value',NULL,NULL,4,157,68,1,2,598);
INSERT INTO events VALUES(97,2,3,39,'declaration','heap_escape','st.Keys()',NULL,NULL,4,157,83,1,2,599);
INSERT INTO events VALUES(98,2,3,39,'declaration','does_not_escape','[]interface {} literal',NULL,NULL,4,157,13,1,2,600);
INSERT INTO events VALUES(99,2,3,NULL,NULL,'does_not_escape','.this',NULL,NULL,6,1,0,2,2,601);
INSERT INTO events VALUES(100,3,4,40,'compiler','heap_escape','&Store{...}',NULL,NULL,7,21,9,1,3,19);
INSERT INTO events VALUES(101,3,4,40,'compiler','heap_escape','make(map[string]*Item)',NULL,NULL,7,21,27,1,3,20);
INSERT INTO events VALUES(102,3,4,41,'compiler','leaking_param_content','s',NULL,NULL,7,25,7,1,3,35);
INSERT INTO events VALUES(103,3,4,41,'compiler','leaking_param','it',NULL,NULL,7,25,21,1,3,36);
INSERT INTO events VALUES(104,3,4,41,'compiler','heap_escape','append',NULL,NULL,7,27,16,1,3,37);
INSERT INTO events VALUES(105,3,4,42,'declaration','does_not_escape','s',NULL,NULL,7,31,7,1,3,38);
INSERT INTO events VALUES(106,3,4,42,'declaration','does_not_escape','key',NULL,NULL,7,31,21,1,3,39);
INSERT INTO events VALUES(107,3,4,43,'declaration','does_not_escape','s',NULL,NULL,7,36,7,1,3,40);
INSERT INTO events VALUES(108,3,4,44,'compiler','leaking_param_content','s',NULL,NULL,7,39,7,1,3,51);
INSERT INTO events VALUES(109,3,4,44,'declaration','does_not_escape','p',NULL,NULL,7,39,23,1,3,52);
INSERT INTO events VALUES(110,3,4,44,'compiler','heap_escape','append',NULL,NULL,7,40,16,1,3,53);
INSERT INTO events VALUES(111,3,4,45,'compiler','self_assignment','s.buf = s.buf[n:m]',NULL,NULL,7,47,8,1,3,54);
INSERT INTO events VALUES(112,3,4,45,'compiler','leaking_param_result','s','~r0',1,7,45,7,1,3,62);
INSERT INTO events VALUES(113,3,4,46,'declaration','does_not_escape','s',NULL,NULL,7,52,7,1,3,75);
INSERT INTO events VALUES(114,3,4,46,'compiler','heap_escape','make([]string, 0, len(s.items))',NULL,NULL,7,53,14,1,3,76);
INSERT INTO events VALUES(115,3,4,46,'compiler','heap_escape','append',NULL,NULL,7,55,16,1,3,77);
INSERT INTO events VALUES(116,3,4,47,'compiler','leaking_param_result','it','~r0',0,7,61,15,1,3,81);
INSERT INTO events VALUES(117,3,4,48,'compiler','leaking_param_result','it','~r0',2,7,64,12,1,3,87);
INSERT INTO events VALUES(118,3,5,52,'compiler','moved_to_heap','byRef',NULL,NULL,8,8,2,1,3,237);
INSERT INTO events VALUES(119,3,5,52,'compiler','moved_to_heap','i',NULL,NULL,8,26,6,1,3,238);
INSERT INTO events VALUES(120,3,5,52,'declaration','does_not_escape','func literal',NULL,NULL,8,22,15,1,3,239);
INSERT INTO events VALUES(121,3,5,52,'compiler','heap_escape','func literal',NULL,NULL,8,27,21,1,3,240);
INSERT INTO events VALUES(122,3,5,52,'declaration','does_not_escape','append',NULL,NULL,8,27,15,1,3,241);
INSERT INTO events VALUES(123,3,5,52,'compiler','heap_escape','func literal',NULL,NULL,8,29,12,1,3,242);
INSERT INTO events VALUES(124,3,5,52,'declaration','does_not_escape','... argument',NULL,NULL,8,33,13,1,3,243);
INSERT INTO events VALUES(125,3,5,52,'compiler','heap_escape','byRef',NULL,NULL,8,33,14,1,3,244);
INSERT INTO events VALUES(126,3,5,52,'compiler','heap_escape','~r0',NULL,NULL,8,33,25,1,3,245);
INSERT INTO events VALUES(127,3,5,52,'compiler','heap_escape','len(fns)',NULL,NULL,8,33,32,1,3,246);
INSERT INTO events VALUES(128,3,5,61,'compiler','moved_to_heap','p',NULL,NULL,9,45,34,1,3,323);
INSERT INTO events VALUES(129,3,5,61,'declaration','does_not_escape','[]int{...}',NULL,NULL,9,43,19,1,3,324);
INSERT INTO events VALUES(130,3,5,61,'compiler','heap_escape','make([]go.shape.string, 0, 3)',NULL,NULL,9,43,13,1,3,325);
INSERT INTO events VALUES(131,3,5,61,'compiler','does_not_escape','... argument',NULL,NULL,9,43,13,1,3,326);
INSERT INTO events VALUES(132,3,5,61,'compiler','heap_escape','i',NULL,NULL,9,43,13,1,3,327);
INSERT INTO events VALUES(133,3,5,61,'compiler','heap_escape','append',NULL,NULL,9,43,13,1,3,328);
INSERT INTO events VALUES(134,3,5,61,'declaration','does_not_escape','&Box[*main.Point]{}',NULL,NULL,9,44,7,1,3,329);
INSERT INTO events VALUES(135,3,5,61,'compiler','heap_escape','&Point{...}',NULL,NULL,9,45,8,1,3,330);
INSERT INTO events VALUES(136,3,5,61,'compiler','heap_escape','append',NULL,NULL,9,45,7,1,3,331);
INSERT INTO events VALUES(137,3,5,61,'compiler','heap_escape','append',NULL,NULL,9,45,25,1,3,332);
INSERT INTO events VALUES(138,3,5,61,'declaration','does_not_escape','... argument',NULL,NULL,9,46,13,1,3,333);
INSERT INTO events VALUES(139,3,5,61,'compiler','heap_escape','strs',NULL,NULL,9,46,14,1,3,334);
INSERT INTO events VALUES(140,3,5,61,'compiler','heap_escape','~r0',NULL,NULL,9,46,23,1,3,335);
INSERT INTO events VALUES(141,3,5,61,'declaration','does_not_escape','[]float64{...}',NULL,NULL,9,46,33,1,3,336);
INSERT INTO events VALUES(142,3,5,61,'compiler','heap_escape','len(b.items)',NULL,NULL,9,46,49,1,3,337);
INSERT INTO events VALUES(143,3,5,64,'declaration','does_not_escape','p',NULL,NULL,10,22,7,1,3,338);
INSERT INTO events VALUES(144,3,5,59,'compiler','moved_to_heap','p',NULL,NULL,10,40,2,1,3,343);
INSERT INTO events VALUES(145,3,5,65,'compiler','leaking_param','p',NULL,NULL,10,45,11,1,3,347);
INSERT INTO events VALUES(146,3,5,66,'compiler','leaking_param_result','p','~r0',0,10,48,11,1,3,351);
INSERT INTO events VALUES(147,3,5,67,'compiler','leaking_param_result','pp','~r0',1,10,51,12,1,3,356);
INSERT INTO events VALUES(148,3,5,68,'compiler','leaking_param_content','ps',NULL,NULL,10,54,14,1,3,367);
INSERT INTO events VALUES(149,3,5,68,'compiler','heap_escape','append',NULL,NULL,10,56,18,1,3,368);
INSERT INTO events VALUES(150,3,5,71,'declaration','does_not_escape','xs',NULL,NULL,10,74,16,1,3,408);
INSERT INTO events VALUES(151,3,5,71,'compiler','heap_escape','"strings: illegal use of non-zero Builder copied by value"',NULL,NULL,10,80,18,1,3,409);
INSERT INTO events VALUES(152,3,5,71,'compiler','heap_escape','append',NULL,NULL,10,80,18,1,3,410);
INSERT INTO events VALUES(153,3,5,71,'compiler','heap_escape','"strings: illegal use of non-zero Builder copied by value"',NULL,NULL,10,83,18,1,3,411);
INSERT INTO events VALUES(154,3,5,71,'compiler','heap_escape','append',NULL,NULL,10,83,18,1,3,412);
INSERT INTO events VALUES(155,3,5,71,'compiler','heap_escape','"strings: illegal use of non-zero Builder copied by value"',NULL,NULL,10,86,18,1,3,413);
INSERT INTO events VALUES(156,3,5,71,'compiler','heap_escape','append',NULL,NULL,10,86,18,1,3,414);
INSERT INTO events VALUES(157,3,5,71,'declaration','does_not_escape','... argument',NULL,NULL,10,89,29,1,3,415);
INSERT INTO events VALUES(158,3,5,71,'compiler','heap_escape','i',NULL,NULL,10,89,30,1,3,416);
INSERT INTO events VALUES(159,3,5,71,'compiler','heap_escape','"strings: illegal use of non-zero Builder copied by value"',NULL,NULL,10,89,18,1,3,417);
INSERT INTO events VALUES(160,3,5,71,'compiler','heap_escape','append',NULL,NULL,10,89,18,1,3,418);
INSERT INTO events VALUES(161,3,5,72,'compiler','moved_to_heap','big',NULL,NULL,10,101,6,1,3,425);
INSERT INTO events VALUES(162,3,5,72,'compiler','heap_escape','make([]byte, 131072)',NULL,NULL,10,103,13,1,3,426);
INSERT INTO events VALUES(163,3,5,72,'declaration','does_not_escape','make([]int, n)',NULL,NULL,10,105,13,1,3,427);
INSERT INTO events VALUES(164,3,5,73,'declaration','does_not_escape','map[string]int{...}',NULL,NULL,10,111,21,1,3,457);
INSERT INTO events VALUES(165,3,5,73,'declaration','does_not_escape','[]Point{...}',NULL,NULL,10,112,14,1,3,458);
INSERT INTO events VALUES(166,3,5,73,'declaration','does_not_escape','[]*Point{...}',NULL,NULL,10,113,16,1,3,459);
INSERT INTO events VALUES(167,3,5,73,'compiler','heap_escape','&Point{...}',NULL,NULL,10,113,17,1,3,460);
INSERT INTO events VALUES(168,3,5,73,'compiler','heap_escape','append',NULL,NULL,10,114,9,1,3,461);
INSERT INTO events VALUES(169,3,5,73,'compiler','heap_escape','map[string]*Point{...}',NULL,NULL,10,115,27,1,3,462);
INSERT INTO events VALUES(170,3,5,73,'compiler','heap_escape','&Point{...}',NULL,NULL,10,115,33,1,3,463);
INSERT INTO events VALUES(171,3,5,74,'compiler','heap_escape','&Point{...}',NULL,NULL,10,123,7,1,3,500);
INSERT INTO events VALUES(172,3,5,74,'compiler','heap_escape','func literal',NULL,NULL,10,124,5,1,3,501);
INSERT INTO events VALUES(173,3,5,74,'compiler','heap_escape','"deferred"',NULL,NULL,10,128,20,1,3,502);
INSERT INTO events VALUES(174,3,5,74,'compiler','heap_escape','p.X',NULL,NULL,10,128,33,1,3,503);
INSERT INTO events VALUES(175,3,5,74,'declaration','does_not_escape','... argument',NULL,NULL,10,128,19,1,3,504);
INSERT INTO events VALUES(176,3,5,74,'declaration','does_not_escape','func literal',NULL,NULL,10,129,8,1,3,505);
INSERT INTO events VALUES(177,3,5,78,'compiler','heap_escape','([]byte)("x: y escapes to heap (assign) at a.go:1:2")',NULL,NULL,11,8,16,1,3,557);
INSERT INTO events VALUES(178,3,5,78,'compiler','heap_escape','msg',NULL,NULL,11,9,9,1,3,558);
INSERT INTO events VALUES(179,3,5,78,'declaration','does_not_escape','... argument',NULL,NULL,11,11,13,1,3,559);
INSERT INTO events VALUES(180,3,5,78,'compiler','heap_escape','"say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{"',NULL,NULL,11,11,14,1,3,560);
INSERT INTO events VALUES(181,3,5,78,'compiler','heap_escape','len(msg)',NULL,NULL,11,11,23,1,3,561);
INSERT INTO events VALUES(182,3,5,78,'compiler','heap_escape','([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")',NULL,NULL,11,12,15,1,3,562);
INSERT INTO events VALUES(183,3,5,78,'compiler','heap_escape','([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")',NULL,NULL,11,12,16,1,3,563);
INSERT INTO events VALUES(184,3,5,78,'compiler','heap_escape','([]byte)("raw line one\nraw line two: z escapes to heap")',NULL,NULL,11,13,15,1,3,564);
INSERT INTO events VALUES(185,3,5,78,'compiler','heap_escape','([]byte)("raw line one\nraw line two: z escapes to heap")',NULL,NULL,11,13,16,1,3,565);
INSERT INTO events VALUES(186,3,5,78,'declaration','does_not_escape','... argument',NULL,NULL,11,15,20,1,3,566);
INSERT INTO events VALUES(187,3,5,78,'compiler','heap_escape','"say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{"',NULL,NULL,11,17,10,1,3,567);
INSERT INTO events VALUES(188,3,5,79,'compiler','self_assignment','store.s.buf = store.s.buf[store.n:store.m]',NULL,NULL,10,156,16,1,3,592);
INSERT INTO events VALUES(189,3,5,79,'compiler','moved_to_heap','p',NULL,NULL,10,134,15,1,3,781);
INSERT INTO events VALUES(190,3,5,79,'compiler','moved_to_heap','big',NULL,NULL,10,144,45,1,3,782);
INSERT INTO events VALUES(191,3,5,79,'declaration','does_not_escape','&Point{...}',NULL,NULL,10,136,12,1,3,783);
INSERT INTO events VALUES(192,3,5,79,'compiler','heap_escape','~r0',NULL,NULL,10,138,15,1,3,784);
INSERT INTO events VALUES(193,3,5,79,'compiler','heap_escape','p.Move',NULL,NULL,10,140,11,1,3,785);
INSERT INTO events VALUES(194,3,5,79,'compiler','heap_escape','func literal',NULL,NULL,10,142,12,1,3,786);
INSERT INTO events VALUES(195,3,5,79,'declaration','does_not_escape','... argument',NULL,NULL,10,144,13,1,3,787);
INSERT INTO events VALUES(196,3,5,79,'compiler','heap_escape','~r0',NULL,NULL,10,144,18,1,3,788);
INSERT INTO events VALUES(197,3,5,79,'compiler','heap_escape','noInline(1)',NULL,NULL,10,144,31,1,3,789);
INSERT INTO events VALUES(198,3,5,79,'compiler','heap_escape','~r0',NULL,NULL,10,144,45,1,3,790);
INSERT INTO events VALUES(199,3,5,79,'compiler','heap_escape','make([]byte, 131072)',NULL,NULL,10,144,45,1,3,791);
INSERT INTO events VALUES(200,3,5,79,'compiler','does_not_escape','make([]int, 3)',NULL,NULL,10,144,45,1,3,792);
INSERT INTO events VALUES(201,3,5,79,'compiler','heap_escape','~r0',NULL,NULL,10,144,58,1,3,793);
INSERT INTO events VALUES(202,3,5,79,'compiler','does_not_escape','map[string]int{...}',NULL,NULL,10,144,58,1,3,794);
INSERT INTO events VALUES(203,3,5,79,'compiler','does_not_escape','[]Point{...}',NULL,NULL,10,144,58,1,3,795);
INSERT INTO events VALUES(204,3,5,79,'compiler','does_not_escape','[]*Point{...}',NULL,NULL,10,144,58,1,3,796);
INSERT INTO events VALUES(205,3,5,79,'compiler','heap_escape','&Point{...}',NULL,NULL,10,144,58,2,3,797);
INSERT INTO events VALUES(206,3,5,79,'compiler','heap_escape','append',NULL,NULL,10,144,58,1,3,798);
INSERT INTO events VALUES(207,3,5,79,'compiler','heap_escape','map[string]*Point{...}',NULL,NULL,10,144,58,1,3,799);
INSERT INTO events VALUES(208,3,5,79,'declaration','does_not_escape','[]int{...}',NULL,NULL,10,145,29,1,3,801);
INSERT INTO events VALUES(209,3,5,79,'declaration','does_not_escape','... argument',NULL,NULL,10,146,12,1,3,802);
INSERT INTO events VALUES(210,3,5,79,'compiler','heap_escape','total',NULL,NULL,10,146,27,1,3,803);
INSERT INTO events VALUES(211,3,5,79,'compiler','heap_escape','s',NULL,NULL,10,146,34,1,3,804);
INSERT INTO events VALUES(212,3,5,79,'compiler','heap_escape','*p',NULL,NULL,10,146,37,1,3,805);
INSERT INTO events VALUES(213,3,5,79,'compiler','does_not_escape','&store.Store{...}',NULL,NULL,10,152,17,1,3,806);
INSERT INTO events VALUES(214,3,5,79,'compiler','heap_escape','make(map[string]*store.Item)',NULL,NULL,10,152,17,1,3,807);
INSERT INTO events VALUES(215,3,5,79,'compiler','heap_escape','&store.Item{...}',NULL,NULL,10,153,8,1,3,808);
INSERT INTO events VALUES(216,3,5,79,'compiler','heap_escape','[]string{...}',NULL,NULL,10,153,54,1,3,809);
INSERT INTO events VALUES(217,3,5,79,'compiler','heap_escape','append',NULL,NULL,10,154,8,1,3,810);
INSERT INTO events VALUES(218,3,5,79,'declaration','does_not_escape','([]byte)("hello world")',NULL,NULL,10,155,18,1,3,811);
INSERT INTO events VALUES(219,3,5,79,'compiler','heap_escape','append',NULL,NULL,10,155,10,1,3,813);
INSERT INTO events VALUES(220,3,5,79,'declaration','does_not_escape','... argument',NULL,NULL,10,157,13,1,3,814);
INSERT INTO events VALUES(221,3,5,79,'compiler','heap_escape','~r0',NULL,NULL,10,157,20,1,3,815);
INSERT INTO events VALUES(222,3,5,79,'compiler','heap_escape','~r0',NULL,NULL,10,157,35,1,3,816);
INSERT INTO events VALUES(223,3,5,79,'compiler','heap_escape','(~r0).Value',NULL,NULL,10,157,68,1,3,817);
INSERT INTO events VALUES(224,3,5,79,'compiler','heap_escape','~r0',NULL,NULL,10,157,83,1,3,818);
INSERT INTO events VALUES(225,3,5,79,'compiler','heap_escape','make([]string, 0, len(store.s.items))',NULL,NULL,10,157,83,1,3,819);
INSERT INTO events VALUES(226,3,5,79,'compiler','heap_escape','append',NULL,NULL,10,157,83,1,3,820);
INSERT INTO events VALUES(227,3,5,61,'declaration','does_not_escape','... argument',NULL,NULL,9,43,68,1,3,828);
INSERT INTO events VALUES(228,3,5,57,'compiler','heap_escape','i',NULL,NULL,9,43,69,1,3,829);
INSERT INTO events VALUES(229,3,5,58,'compiler','heap_escape','append',NULL,NULL,9,38,18,1,3,847);
INSERT INTO events VALUES(230,3,5,82,'compiler','heap_escape','append',NULL,NULL,9,37,6,1,3,873);
INSERT INTO events VALUES(231,3,5,56,'compiler','heap_escape','make([]go.shape.string, 0, len(xs))',NULL,NULL,9,15,13,1,3,886);
INSERT INTO events VALUES(232,3,5,56,'compiler','heap_escape','append',NULL,NULL,9,17,15,1,3,887);
INSERT INTO events VALUES(233,3,5,83,'compiler','heap_escape','make([]go.shape.string, 0, len(xs))',NULL,NULL,9,14,6,1,3,904);
INSERT INTO events VALUES(234,3,5,83,'compiler','heap_escape','append',NULL,NULL,9,14,6,1,3,905);
INSERT INTO events VALUES(235,3,5,49,'compiler','moved_to_heap','count',NULL,NULL,8,16,3,1,3,915);
INSERT INTO events VALUES(236,3,5,49,'compiler','heap_escape','func literal',NULL,NULL,8,17,10,1,3,916);
INSERT INTO events VALUES(237,4,6,87,'declaration','leaking_param','p',NULL,NULL,13,27,12,1,4,22);
INSERT INTO events VALUES(238,4,6,89,'declaration','leaking_param','s',NULL,NULL,13,35,12,1,4,26);
INSERT INTO events VALUES(239,4,6,90,'declaration','does_not_escape','xs',NULL,NULL,13,37,10,1,4,27);
INSERT INTO events VALUES(240,4,6,91,'declaration','leaking_param_result','p','~r0',0,13,45,11,1,4,31);
INSERT INTO events VALUES(241,4,6,92,'declaration','heap_escape','&Point{...}',NULL,NULL,13,51,7,1,4,68);
INSERT INTO events VALUES(242,4,6,92,'declaration','does_not_escape','&Point{...}',NULL,NULL,13,54,12,1,4,69);
INSERT INTO events VALUES(243,4,6,92,'declaration','does_not_escape','... argument',NULL,NULL,13,55,14,1,4,70);
INSERT INTO events VALUES(244,4,6,92,'declaration','heap_escape','p.X',NULL,NULL,13,55,27,1,4,71);
INSERT INTO events VALUES(245,4,6,92,'declaration','heap_escape','~r0',NULL,NULL,13,55,36,1,4,72);
INSERT INTO events VALUES(246,4,6,92,'declaration','does_not_escape','Rect{...}',NULL,NULL,13,55,41,1,4,73);
INSERT INTO events VALUES(247,4,6,92,'declaration','heap_escape','~r0',NULL,NULL,13,55,53,1,4,74);
INSERT INTO events VALUES(248,4,6,92,'declaration','does_not_escape','[]int{...}',NULL,NULL,13,55,59,1,4,75);
INSERT INTO events VALUES(249,4,6,92,'declaration','heap_escape','r.Y',NULL,NULL,13,55,72,1,4,76);
INSERT INTO events VALUES(250,5,7,94,'declaration','moved_to_heap','p',NULL,NULL,15,23,2,1,5,23);
INSERT INTO events VALUES(251,5,7,95,'declaration','leaking_param','p',NULL,NULL,15,27,12,1,5,27);
INSERT INTO events VALUES(252,5,7,96,'declaration','leaking_param','v',NULL,NULL,15,31,15,1,5,31);
INSERT INTO events VALUES(253,5,7,97,'declaration','leaking_param','s',NULL,NULL,15,35,12,1,5,35);
INSERT INTO events VALUES(254,5,7,98,'declaration','does_not_escape','xs',NULL,NULL,15,37,10,1,5,45);
INSERT INTO events VALUES(255,5,7,98,'declaration','does_not_escape','... argument',NULL,NULL,15,42,13,1,5,46);
INSERT INTO events VALUES(256,5,7,98,'declaration','heap_escape','t',NULL,NULL,15,42,14,1,5,47);
INSERT INTO events VALUES(257,5,7,99,'declaration','leaking_param_result','p','~r0',0,15,46,11,1,5,51);
INSERT INTO events VALUES(258,5,7,100,'declaration','heap_escape','&Point{...}',NULL,NULL,15,52,7,1,5,94);
INSERT INTO events VALUES(259,5,7,100,'declaration','heap_escape','p.X',NULL,NULL,15,54,12,1,5,95);
INSERT INTO events VALUES(260,5,7,100,'declaration','does_not_escape','&Point{...}',NULL,NULL,15,55,12,1,5,96);
INSERT INTO events VALUES(261,5,7,100,'declaration','does_not_escape','... argument',NULL,NULL,15,56,14,1,5,97);
INSERT INTO events VALUES(262,5,7,100,'declaration','heap_escape','p.X',NULL,NULL,15,56,27,1,5,98);
INSERT INTO events VALUES(263,5,7,100,'declaration','heap_escape','~r0',NULL,NULL,15,56,36,1,5,99);
INSERT INTO events VALUES(264,5,7,100,'declaration','does_not_escape','Rect{...}',NULL,NULL,15,56,41,1,5,100);
INSERT INTO events VALUES(265,5,7,100,'declaration','heap_escape','sum([]int{...})',NULL,NULL,15,56,53,1,5,101);
INSERT INTO events VALUES(266,5,7,100,'declaration','does_not_escape','[]int{...}',NULL,NULL,15,56,59,1,5,102);
INSERT INTO events VALUES(267,5,7,100,'declaration','heap_escape','r.Y',NULL,NULL,15,56,72,1,5,103);
CREATE TABLE explanations (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  package_id INTEGER NOT NULL REFERENCES packages(id),
  function_id INTEGER REFERENCES functions(id),
  event_id INTEGER REFERENCES events(id),
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  dest TEXT,
  derefs INTEGER,
  file_id INTEGER NOT NULL REFERENCES files(id),
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  truncated INTEGER NOT NULL DEFAULT 0,
  input_id INTEGER REFERENCES inputs(id),
  line_no INTEGER
, attribution TEXT);
INSERT INTO explanations VALUES(1,1,1,2,2,'chain','',NULL,NULL,1,46,9,0,1,7,'declaration');
INSERT INTO explanations VALUES(2,2,2,4,7,'escape','&Store literal',NULL,NULL,2,21,9,0,2,11,'declaration');
INSERT INTO explanations VALUES(3,2,2,4,8,'escape','make(map[string]*Item)',NULL,NULL,2,21,27,0,2,15,'declaration');
INSERT INTO explanations VALUES(4,2,2,5,9,'param_leak','s','{heap}',1,2,25,7,0,2,21,'declaration');
INSERT INTO explanations VALUES(5,2,2,5,10,'param_leak','it','{heap}',0,2,25,21,0,2,27,'declaration');
INSERT INTO explanations VALUES(6,2,2,5,10,'param_leak','it','{heap}',0,2,25,21,0,2,30,'declaration');
INSERT INTO explanations VALUES(7,2,2,8,14,'param_leak','s','{heap}',1,2,39,7,0,2,38,'declaration');
INSERT INTO explanations VALUES(8,2,2,9,17,'param_leak','s','~r2',1,2,45,7,0,2,46,'declaration');
INSERT INTO explanations VALUES(9,2,2,10,19,'escape','make([]string, 0, len(s.items))',NULL,NULL,2,53,14,0,2,54,'declaration');
INSERT INTO explanations VALUES(10,2,2,11,20,'param_leak','it','~r1',0,2,61,15,0,2,59,'declaration');
INSERT INTO explanations VALUES(11,2,2,12,21,'param_leak','it','~r1',2,2,64,12,0,2,63,'declaration');
INSERT INTO explanations VALUES(12,2,3,21,27,'escape','func literal',NULL,NULL,3,27,21,0,2,149,'declaration');
INSERT INTO explanations VALUES(13,2,3,21,23,'escape','i',NULL,NULL,3,26,6,0,2,153,'declaration');
INSERT INTO explanations VALUES(14,2,3,21,28,'escape','func literal',NULL,NULL,3,29,12,0,2,157,'declaration');
INSERT INTO explanations VALUES(15,2,3,21,22,'escape','byRef',NULL,NULL,3,8,2,0,2,161,'declaration');
INSERT INTO explanations VALUES(16,2,3,21,31,'escape','len(fns)',NULL,NULL,3,33,32,0,2,165,'declaration');
INSERT INTO explanations VALUES(17,2,3,21,30,'escape','next()',NULL,NULL,3,33,25,0,2,176,'declaration');
INSERT INTO explanations VALUES(18,2,3,21,29,'escape','byRef',NULL,NULL,3,33,13,0,2,187,'declaration');
INSERT INTO explanations VALUES(19,2,3,21,33,'escape','func literal',NULL,NULL,3,17,10,0,2,198,'declaration');
INSERT INTO explanations VALUES(20,2,3,21,24,'escape','count',NULL,NULL,3,16,3,0,2,202,'declaration');
INSERT INTO explanations VALUES(21,2,3,26,36,'escape','p',NULL,NULL,4,40,2,0,2,220,'declaration');
INSERT INTO explanations VALUES(22,2,3,27,37,'param_leak','p','{heap}',0,4,45,11,0,2,225,'declaration');
INSERT INTO explanations VALUES(23,2,3,28,38,'param_leak','p','~r1',0,4,48,11,0,2,229,'declaration');
INSERT INTO explanations VALUES(24,2,3,29,39,'param_leak','pp','~r1',1,4,51,12,0,2,233,'declaration');
INSERT INTO explanations VALUES(25,2,3,30,40,'param_leak','ps','{heap}',1,4,54,14,0,2,238,'declaration');
INSERT INTO explanations VALUES(26,2,3,33,43,'escape','i',NULL,NULL,4,89,29,0,2,245,'declaration');
INSERT INTO explanations VALUES(27,2,3,34,44,'escape','big',NULL,NULL,4,101,6,0,2,255,'declaration');
INSERT INTO explanations VALUES(28,2,3,34,45,'escape','make([]byte, 1 << 17)',NULL,NULL,4,103,13,0,2,258,'declaration');
INSERT INTO explanations VALUES(29,2,3,34,46,'escape','make([]int, n)',NULL,NULL,4,105,13,0,2,261,'declaration');
INSERT INTO explanations VALUES(30,2,3,35,52,'escape','&Point literal',NULL,NULL,4,115,33,0,2,267,'declaration');
INSERT INTO explanations VALUES(31,2,3,35,51,'escape','map[string]*Point literal',NULL,NULL,4,115,27,0,2,271,'declaration');
INSERT INTO explanations VALUES(32,2,3,35,50,'escape','&Point literal',NULL,NULL,4,113,17,0,2,278,'declaration');
INSERT INTO explanations VALUES(33,2,3,36,54,'escape','func literal',NULL,NULL,4,124,5,0,2,293,'declaration');
INSERT INTO explanations VALUES(34,2,3,36,53,'escape','&Point literal',NULL,NULL,4,123,7,0,2,297,'declaration');
INSERT INTO explanations VALUES(35,2,3,36,57,'escape','p.X',NULL,NULL,4,128,33,0,2,303,'declaration');
INSERT INTO explanations VALUES(36,2,3,36,56,'escape','"deferred"',NULL,NULL,4,128,20,0,2,311,'declaration');
INSERT INTO explanations VALUES(37,2,3,38,60,'escape','msg',NULL,NULL,5,9,7,0,2,325,'declaration');
INSERT INTO explanations VALUES(38,2,3,38,64,'escape','([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")',NULL,NULL,5,12,7,0,2,329,'declaration');
INSERT INTO explanations VALUES(39,2,3,38,65,'escape','([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")',NULL,NULL,5,12,15,0,2,333,'declaration');
INSERT INTO explanations VALUES(40,2,3,38,66,'escape','([]byte)("raw line one\nraw line two: z escapes to heap")',NULL,NULL,5,13,7,0,2,337,'declaration');
INSERT INTO explanations VALUES(41,2,3,38,67,'escape','([]byte)("raw line one\nraw line two: z escapes to heap")',NULL,NULL,5,13,15,0,2,341,'declaration');
INSERT INTO explanations VALUES(42,2,3,38,69,'escape','html',NULL,NULL,5,15,21,0,2,345,'declaration');
INSERT INTO explanations VALUES(43,2,3,38,62,'escape','len(msg)',NULL,NULL,5,11,23,0,2,352,'declaration');
INSERT INTO explanations VALUES(44,2,3,38,61,'escape','html',NULL,NULL,5,11,13,0,2,363,'declaration');
INSERT INTO explanations VALUES(45,2,3,38,59,'escape','([]byte)("x: y escapes to heap (assign) at a.go:1:2")',NULL,NULL,5,8,15,0,2,374,'declaration');
INSERT INTO explanations VALUES(46,2,3,39,72,'escape','big',NULL,NULL,4,144,45,0,2,391,'declaration');
INSERT INTO explanations VALUES(47,2,3,39,74,'escape','r.Dist()',NULL,NULL,4,138,7,0,2,394,'declaration');
INSERT INTO explanations VALUES(48,2,3,39,76,'escape','func literal',NULL,NULL,4,142,12,0,2,398,'declaration');
INSERT INTO explanations VALUES(49,2,3,39,80,'escape','make([]byte, 1 << 17)',NULL,NULL,4,144,45,0,2,402,'declaration');
INSERT INTO explanations VALUES(50,2,3,39,81,'escape','make([]int, n)',NULL,NULL,4,144,45,0,2,405,'declaration');
INSERT INTO explanations VALUES(51,2,3,39,97,'escape','st.Keys()',NULL,NULL,4,157,83,0,2,409,'declaration');
INSERT INTO explanations VALUES(52,2,3,39,96,'escape','(*store.Item)(~R0).Value',NULL,NULL,4,157,68,0,2,420,'declaration');
INSERT INTO explanations VALUES(53,2,3,39,95,'escape','store.TagOf((*store.Item)(~R0))',NULL,NULL,4,157,35,0,2,431,'declaration');
INSERT INTO explanations VALUES(54,2,3,39,94,'escape','st.Len()',NULL,NULL,4,157,20,0,2,442,'declaration');
INSERT INTO explanations VALUES(55,2,3,39,90,'escape','make(map[string]*store.Item)',NULL,NULL,4,152,17,0,2,453,'declaration');
INSERT INTO explanations VALUES(56,2,3,39,91,'escape','&store.Item literal',NULL,NULL,4,153,8,0,2,468,'declaration');
INSERT INTO explanations VALUES(57,2,3,39,87,'escape','*p',NULL,NULL,4,146,37,0,2,476,'declaration');
INSERT INTO explanations VALUES(58,2,3,39,86,'escape','s',NULL,NULL,4,146,13,0,2,487,'declaration');
INSERT INTO explanations VALUES(59,2,3,39,85,'escape','total',NULL,NULL,4,146,13,0,2,498,'declaration');
INSERT INTO explanations VALUES(60,2,3,39,82,'escape','literals()',NULL,NULL,4,144,58,0,2,509,'declaration');
INSERT INTO explanations VALUES(61,2,3,39,79,'escape','bigArrays(3)',NULL,NULL,4,144,45,0,2,520,'declaration');
INSERT INTO explanations VALUES(62,2,3,39,78,'escape','noInline(1)',NULL,NULL,4,144,31,0,2,531,'declaration');
INSERT INTO explanations VALUES(63,2,3,39,77,'escape','fact(5)',NULL,NULL,4,144,18,0,2,542,'declaration');
INSERT INTO explanations VALUES(64,2,3,39,71,'escape','p',NULL,NULL,4,134,15,0,2,553,'declaration');
INSERT INTO explanations VALUES(65,2,3,39,92,'escape','[]string literal',NULL,NULL,4,153,54,0,2,563,'declaration');
INSERT INTO explanations VALUES(66,2,3,39,75,'escape','p.Move',NULL,NULL,4,140,11,0,2,567,'declaration');
INSERT INTO explanations VALUES(67,3,4,40,100,'escape','&Store{...}',NULL,NULL,7,21,9,0,3,11,'compiler');
INSERT INTO explanations VALUES(68,3,4,40,101,'escape','make(map[string]*Item)',NULL,NULL,7,21,27,0,3,15,'compiler');
INSERT INTO explanations VALUES(69,3,4,41,104,'escape','append(s.log, it)',NULL,NULL,7,27,16,0,3,21,'compiler');
INSERT INTO explanations VALUES(70,3,4,41,103,'param_leak','it','{heap}',0,7,25,21,0,3,25,'compiler');
INSERT INTO explanations VALUES(71,3,4,41,102,'param_leak','s','{heap}',1,7,25,7,0,3,28,'compiler');
INSERT INTO explanations VALUES(72,3,4,44,110,'escape','append(s.buf, p...)',NULL,NULL,7,40,16,0,3,41,'compiler');
INSERT INTO explanations VALUES(73,3,4,44,108,'param_leak','s','{heap}',1,7,39,7,0,3,45,'compiler');
INSERT INTO explanations VALUES(74,3,4,45,112,'param_leak','s','~r0',1,7,45,7,0,3,55,'compiler');
INSERT INTO explanations VALUES(75,3,4,46,114,'escape','make([]string, 0, len(s.items))',NULL,NULL,7,53,14,0,3,63,'compiler');
INSERT INTO explanations VALUES(76,3,4,46,115,'escape','append(keys, k)',NULL,NULL,7,55,16,0,3,69,'compiler');
INSERT INTO explanations VALUES(77,3,4,47,116,'param_leak','it','~r0',0,7,61,15,0,3,78,'compiler');
INSERT INTO explanations VALUES(78,3,4,48,117,'param_leak','it','~r0',2,7,64,12,0,3,82,'compiler');
INSERT INTO explanations VALUES(79,3,5,52,121,'escape','func literal',NULL,NULL,8,27,21,0,3,190,'compiler');
INSERT INTO explanations VALUES(80,3,5,52,123,'escape','func literal',NULL,NULL,8,29,12,0,3,194,'compiler');
INSERT INTO explanations VALUES(81,3,5,52,119,'escape','i',NULL,NULL,8,26,6,0,3,200,'compiler');
INSERT INTO explanations VALUES(82,3,5,52,118,'escape','byRef',NULL,NULL,8,8,2,0,3,206,'compiler');
INSERT INTO explanations VALUES(83,3,5,52,125,'escape','byRef',NULL,NULL,8,33,14,0,3,210,'compiler');
INSERT INTO explanations VALUES(84,3,5,52,126,'escape','~r0',NULL,NULL,8,33,25,0,3,219,'compiler');
INSERT INTO explanations VALUES(85,3,5,52,127,'escape','len(fns)',NULL,NULL,8,33,32,0,3,228,'compiler');
INSERT INTO explanations VALUES(86,3,5,61,136,'escape','append(b.items, v)',NULL,NULL,9,45,7,0,3,247,'compiler');
INSERT INTO explanations VALUES(87,3,5,61,137,'escape','append(b.items, v)',NULL,NULL,9,45,25,0,3,251,'compiler');
INSERT INTO explanations VALUES(88,3,5,61,132,'escape','i',NULL,NULL,9,43,13,0,3,255,'compiler');
INSERT INTO explanations VALUES(89,3,5,61,135,'escape','&Point{...}',NULL,NULL,9,45,8,0,3,262,'compiler');
INSERT INTO explanations VALUES(90,3,5,61,128,'escape','p',NULL,NULL,9,45,34,0,3,268,'compiler');
INSERT INTO explanations VALUES(91,3,5,61,139,'escape','strs',NULL,NULL,9,46,14,0,3,276,'compiler');
INSERT INTO explanations VALUES(92,3,5,61,140,'escape','~r0',NULL,NULL,9,46,23,0,3,285,'compiler');
INSERT INTO explanations VALUES(93,3,5,61,142,'escape','len(b.items)',NULL,NULL,9,46,49,0,3,294,'compiler');
INSERT INTO explanations VALUES(94,3,5,61,130,'escape','make([]go.shape.string, 0, 3)',NULL,NULL,9,43,13,0,3,303,'compiler');
INSERT INTO explanations VALUES(95,3,5,61,133,'escape','append(out, ~r0)',NULL,NULL,9,43,13,0,3,313,'compiler');
INSERT INTO explanations VALUES(96,3,5,59,144,'escape','p',NULL,NULL,10,40,2,0,3,339,'compiler');
INSERT INTO explanations VALUES(97,3,5,65,145,'param_leak','p','{heap}',0,10,45,11,0,3,344,'compiler');
INSERT INTO explanations VALUES(98,3,5,66,146,'param_leak','p','~r0',0,10,48,11,0,3,348,'compiler');
INSERT INTO explanations VALUES(99,3,5,67,147,'param_leak','pp','~r0',1,10,51,12,0,3,352,'compiler');
INSERT INTO explanations VALUES(100,3,5,68,149,'escape','append(points, p)',NULL,NULL,10,56,18,0,3,357,'compiler');
INSERT INTO explanations VALUES(101,3,5,68,148,'param_leak','ps','{heap}',1,10,54,14,0,3,361,'compiler');
INSERT INTO explanations VALUES(102,3,5,71,151,'escape','"strings: illegal use of non-zero Builder copied by value"',NULL,NULL,10,80,18,0,3,369,'compiler');
INSERT INTO explanations VALUES(103,3,5,71,152,'escape','append(strings.b.buf, strings.s...)',NULL,NULL,10,80,18,0,3,373,'compiler');
INSERT INTO explanations VALUES(104,3,5,71,153,'escape','"strings: illegal use of non-zero Builder copied by value"',NULL,NULL,10,83,18,0,3,377,'compiler');
INSERT INTO explanations VALUES(105,3,5,71,154,'escape','append(strings.b.buf, strings.s...)',NULL,NULL,10,83,18,0,3,381,'compiler');
INSERT INTO explanations VALUES(106,3,5,71,155,'escape','"strings: illegal use of non-zero Builder copied by value"',NULL,NULL,10,86,18,0,3,385,'compiler');
INSERT INTO explanations VALUES(107,3,5,71,156,'escape','append(strings.b.buf, strings.s...)',NULL,NULL,10,86,18,0,3,389,'compiler');
INSERT INTO explanations VALUES(108,3,5,71,159,'escape','"strings: illegal use of non-zero Builder copied by value"',NULL,NULL,10,89,18,0,3,393,'compiler');
INSERT INTO explanations VALUES(109,3,5,71,160,'escape','append(strings.b.buf, strings.s...)',NULL,NULL,10,89,18,0,3,397,'compiler');
INSERT INTO explanations VALUES(110,3,5,71,158,'escape','i',NULL,NULL,10,89,30,0,3,401,'compiler');
INSERT INTO explanations VALUES(111,3,5,72,161,'escape','big',NULL,NULL,10,101,6,0,3,419,'compiler');
INSERT INTO explanations VALUES(112,3,5,72,162,'escape','make([]byte, 131072)',NULL,NULL,10,103,13,0,3,422,'compiler');
INSERT INTO explanations VALUES(113,3,5,73,168,'escape','append(points, p)',NULL,NULL,10,114,9,0,3,428,'compiler');
INSERT INTO explanations VALUES(114,3,5,73,170,'escape','&Point{...}',NULL,NULL,10,115,33,0,3,432,'compiler');
INSERT INTO explanations VALUES(115,3,5,73,169,'escape','map[string]*Point{...}',NULL,NULL,10,115,27,0,3,436,'compiler');
INSERT INTO explanations VALUES(116,3,5,73,167,'escape','&Point{...}',NULL,NULL,10,113,17,0,3,443,'compiler');
INSERT INTO explanations VALUES(117,3,5,74,172,'escape','func literal',NULL,NULL,10,124,5,0,3,464,'compiler');
INSERT INTO explanations VALUES(118,3,5,74,171,'escape','&Point{...}',NULL,NULL,10,123,7,0,3,472,'compiler');
INSERT INTO explanations VALUES(119,3,5,74,173,'escape','"deferred"',NULL,NULL,10,128,20,0,3,478,'compiler');
INSERT INTO explanations VALUES(120,3,5,74,174,'escape','p.X',NULL,NULL,10,128,33,0,3,489,'compiler');
INSERT INTO explanations VALUES(121,3,5,78,178,'escape','msg',NULL,NULL,11,9,9,0,3,506,'compiler');
INSERT INTO explanations VALUES(122,3,5,78,182,'escape','([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")',NULL,NULL,11,12,15,0,3,510,'compiler');
INSERT INTO explanations VALUES(123,3,5,78,183,'escape','([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")',NULL,NULL,11,12,16,0,3,514,'compiler');
INSERT INTO explanations VALUES(124,3,5,78,184,'escape','([]byte)("raw line one\nraw line two: z escapes to heap")',NULL,NULL,11,13,15,0,3,518,'compiler');
INSERT INTO explanations VALUES(125,3,5,78,185,'escape','([]byte)("raw line one\nraw line two: z escapes to heap")',NULL,NULL,11,13,16,0,3,522,'compiler');
INSERT INTO explanations VALUES(126,3,5,78,187,'escape','"say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{"',NULL,NULL,11,17,10,0,3,526,'compiler');
INSERT INTO explanations VALUES(127,3,5,78,180,'escape','"say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{"',NULL,NULL,11,11,14,0,3,533,'compiler');
INSERT INTO explanations VALUES(128,3,5,78,181,'escape','len(msg)',NULL,NULL,11,11,23,0,3,542,'compiler');
INSERT INTO explanations VALUES(129,3,5,78,177,'escape','([]byte)("x: y escapes to heap (assign) at a.go:1:2")',NULL,NULL,11,8,16,0,3,551,'compiler');
INSERT INTO explanations VALUES(130,3,5,79,192,'escape','~r0',NULL,NULL,10,138,15,0,3,568,'compiler');
INSERT INTO explanations VALUES(131,3,5,79,194,'escape','func literal',NULL,NULL,10,142,12,0,3,572,'compiler');
INSERT INTO explanations VALUES(132,3,5,79,206,'escape','append(points, p)',NULL,NULL,10,144,58,0,3,576,'compiler');
INSERT INTO explanations VALUES(133,3,5,79,205,'escape','&Point{...}',NULL,NULL,10,144,58,0,3,580,'compiler');
INSERT INTO explanations VALUES(134,3,5,79,217,'escape','append(store.s.log, store.it)',NULL,NULL,10,154,8,0,3,584,'compiler');
INSERT INTO explanations VALUES(135,3,5,79,219,'escape','append(store.s.buf, store.p...)',NULL,NULL,10,155,10,0,3,588,'compiler');
INSERT INTO explanations VALUES(136,3,5,79,190,'escape','big',NULL,NULL,10,144,45,0,3,594,'compiler');
INSERT INTO explanations VALUES(137,3,5,79,199,'escape','make([]byte, 131072)',NULL,NULL,10,144,45,0,3,597,'compiler');
INSERT INTO explanations VALUES(138,3,5,79,207,'escape','map[string]*Point{...}',NULL,NULL,10,144,58,0,3,600,'compiler');
INSERT INTO explanations VALUES(139,3,5,79,196,'escape','~r0',NULL,NULL,10,144,18,0,3,607,'compiler');
INSERT INTO explanations VALUES(140,3,5,79,197,'escape','noInline(1)',NULL,NULL,10,144,31,0,3,616,'compiler');
INSERT INTO explanations VALUES(141,3,5,79,198,'escape','~r0',NULL,NULL,10,144,45,0,3,625,'compiler');
INSERT INTO explanations VALUES(142,3,5,79,201,'escape','~r0',NULL,NULL,10,144,58,0,3,634,'compiler');
INSERT INTO explanations VALUES(143,3,5,79,210,'escape','total',NULL,NULL,10,146,27,0,3,643,'compiler');
INSERT INTO explanations VALUES(144,3,5,79,211,'escape','s',NULL,NULL,10,146,34,0,3,652,'compiler');
INSERT INTO explanations VALUES(145,3,5,79,212,'escape','*p',NULL,NULL,10,146,37,0,3,661,'compiler');
INSERT INTO explanations VALUES(146,3,5,79,215,'escape','&store.Item{...}',NULL,NULL,10,153,8,0,3,670,'compiler');
INSERT INTO explanations VALUES(147,3,5,79,221,'escape','~r0',NULL,NULL,10,157,20,0,3,678,'compiler');
INSERT INTO explanations VALUES(148,3,5,79,222,'escape','~r0',NULL,NULL,10,157,35,0,3,687,'compiler');
INSERT INTO explanations VALUES(149,3,5,79,223,'escape','(~r0).Value',NULL,NULL,10,157,68,0,3,696,'compiler');
INSERT INTO explanations VALUES(150,3,5,79,224,'escape','~r0',NULL,NULL,10,157,83,0,3,705,'compiler');
INSERT INTO explanations VALUES(151,3,5,79,189,'escape','p',NULL,NULL,10,134,15,0,3,714,'compiler');
INSERT INTO explanations VALUES(152,3,5,79,205,'escape','&Point{...}',NULL,NULL,10,144,58,0,3,724,'compiler');
INSERT INTO explanations VALUES(153,3,5,79,214,'escape','make(map[string]*store.Item)',NULL,NULL,10,152,17,0,3,738,'compiler');
INSERT INTO explanations VALUES(154,3,5,79,225,'escape','make([]string, 0, len(store.s.items))',NULL,NULL,10,157,83,0,3,755,'compiler');
INSERT INTO explanations VALUES(155,3,5,79,226,'escape','append(store.keys, store.k)',NULL,NULL,10,157,83,0,3,763,'compiler');
INSERT INTO explanations VALUES(156,3,5,79,216,'escape','[]string{...}',NULL,NULL,10,153,54,0,3,771,'compiler');
INSERT INTO explanations VALUES(157,3,5,79,193,'escape','p.Move',NULL,NULL,10,140,11,0,3,775,'compiler');
INSERT INTO explanations VALUES(158,3,5,57,228,'escape','i',NULL,NULL,9,43,69,0,3,821,'compiler');
INSERT INTO explanations VALUES(159,3,5,58,229,'escape','append(b.items, v)',NULL,NULL,9,38,18,0,3,830,'compiler');
INSERT INTO explanations VALUES(160,3,5,58,NULL,'param_leak','v','{heap}',0,9,37,22,0,3,834,'compiler');
INSERT INTO explanations VALUES(161,3,5,58,NULL,'param_leak','b','{heap}',1,9,37,7,0,3,837,'compiler');
INSERT INTO explanations VALUES(162,3,5,58,NULL,'param_leak','b','~r0',0,9,37,7,0,3,844,'compiler');
INSERT INTO explanations VALUES(163,3,5,82,230,'escape','append(b.items, v)',NULL,NULL,9,37,6,0,3,848,'compiler');
INSERT INTO explanations VALUES(164,3,5,82,NULL,'param_leak','v','{heap}',0,9,37,22,0,3,852,'compiler');
INSERT INTO explanations VALUES(165,3,5,82,NULL,'param_leak','b','{heap}',1,9,37,7,0,3,857,'compiler');
INSERT INTO explanations VALUES(166,3,5,82,NULL,'param_leak','b','~r0',0,9,37,7,0,3,866,'compiler');
INSERT INTO explanations VALUES(167,3,5,56,231,'escape','make([]go.shape.string, 0, len(xs))',NULL,NULL,9,15,13,0,3,874,'compiler');
INSERT INTO explanations VALUES(168,3,5,56,232,'escape','append(out, f(x))',NULL,NULL,9,17,15,0,3,880,'compiler');
INSERT INTO explanations VALUES(169,3,5,83,233,'escape','make([]go.shape.string, 0, len(xs))',NULL,NULL,9,14,6,0,3,888,'compiler');
INSERT INTO explanations VALUES(170,3,5,83,234,'escape','append(out, f(x))',NULL,NULL,9,14,6,0,3,896,'compiler');
INSERT INTO explanations VALUES(171,3,5,49,236,'escape','func literal',NULL,NULL,8,17,10,0,3,907,'compiler');
INSERT INTO explanations VALUES(172,3,5,49,235,'escape','count',NULL,NULL,8,16,3,0,3,911,'compiler');
INSERT INTO explanations VALUES(173,4,6,87,237,'param_leak','p','{heap}',0,13,27,12,0,4,19,'declaration');
INSERT INTO explanations VALUES(174,4,6,89,238,'param_leak','s','{heap}',0,13,35,12,0,4,23,'declaration');
INSERT INTO explanations VALUES(175,4,6,91,240,'param_leak','p','~r0',0,13,45,11,0,4,28,'declaration');
INSERT INTO explanations VALUES(176,4,6,92,249,'escape','r.Y',NULL,NULL,13,55,72,0,4,32,'declaration');
INSERT INTO explanations VALUES(177,4,6,92,247,'escape','~r0',NULL,NULL,13,55,53,0,4,39,'declaration');
INSERT INTO explanations VALUES(178,4,6,92,245,'escape','~r0',NULL,NULL,13,55,36,0,4,46,'declaration');
INSERT INTO explanations VALUES(179,4,6,92,244,'escape','p.X',NULL,NULL,13,55,27,0,4,53,'declaration');
INSERT INTO explanations VALUES(180,4,6,92,241,'escape','&Point{...}',NULL,NULL,13,51,7,0,4,60,'declaration');
INSERT INTO explanations VALUES(181,4,6,NULL,NULL,'param_leak','~p0','{heap}',0,14,1,0,0,4,77,NULL);
INSERT INTO explanations VALUES(182,5,7,94,250,'escape','p',NULL,NULL,15,23,2,0,5,19,'declaration');
INSERT INTO explanations VALUES(183,5,7,95,251,'param_leak','p','{heap}',0,15,27,12,0,5,24,'declaration');
INSERT INTO explanations VALUES(184,5,7,96,252,'param_leak','v','{heap}',0,15,31,15,0,5,28,'declaration');
INSERT INTO explanations VALUES(185,5,7,97,253,'param_leak','s','{heap}',0,15,35,12,0,5,32,'declaration');
INSERT INTO explanations VALUES(186,5,7,98,256,'escape','t',NULL,NULL,15,42,14,0,5,36,'declaration');
INSERT INTO explanations VALUES(187,5,7,99,257,'param_leak','p','~r0',0,15,46,11,0,5,48,'declaration');
INSERT INTO explanations VALUES(188,5,7,100,267,'escape','r.Y',NULL,NULL,15,56,72,0,5,52,'declaration');
INSERT INTO explanations VALUES(189,5,7,100,265,'escape','sum([]int{...})',NULL,NULL,15,56,53,0,5,59,'declaration');
INSERT INTO explanations VALUES(190,5,7,100,263,'escape','~r0',NULL,NULL,15,56,36,0,5,66,'declaration');
INSERT INTO explanations VALUES(191,5,7,100,262,'escape','p.X',NULL,NULL,15,56,27,0,5,73,'declaration');
INSERT INTO explanations VALUES(192,5,7,100,259,'escape','p.X',NULL,NULL,15,54,12,0,5,80,'declaration');
INSERT INTO explanations VALUES(193,5,7,100,258,'escape','&Point{...}',NULL,NULL,15,52,7,0,5,86,'declaration');
INSERT INTO explanations VALUES(194,5,7,NULL,NULL,'param_leak','~p0','{heap}',0,16,1,0,0,5,104,NULL);
CREATE TABLE flows (
  id INTEGER PRIMARY KEY,
  explanation_id INTEGER NOT NULL REFERENCES explanations(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  dst TEXT NOT NULL,
  ops TEXT NOT NULL,
  derefs INTEGER NOT NULL,
  src TEXT NOT NULL,
  line_no INTEGER
);
INSERT INTO flows VALUES(1,2,1,'~r0','&',-1,'{storage for &Store literal}',12);
INSERT INTO flows VALUES(2,3,1,'{storage for &Store literal}','&',-1,'{storage for make(map[string]*Item)}',16);
INSERT INTO flows VALUES(3,4,1,'{temp}','*',1,'s',22);
INSERT INTO flows VALUES(4,4,2,'{heap}','',0,'{temp}',25);
INSERT INTO flows VALUES(5,5,1,'{heap}','',0,'it',28);
INSERT INTO flows VALUES(6,6,1,'{heap}','',0,'it',31);
INSERT INTO flows VALUES(7,7,1,'{heap}','*',1,'s',39);
INSERT INTO flows VALUES(8,8,1,'out','*',1,'s',47);
INSERT INTO flows VALUES(9,8,2,'~r2','',0,'out',51);
INSERT INTO flows VALUES(10,9,1,'{heap}','&',-1,'{storage for make([]string, 0, len(s.items))}',55);
INSERT INTO flows VALUES(11,10,1,'~r1','',0,'it',60);
INSERT INTO flows VALUES(12,11,1,'~r1','**',2,'it',64);
INSERT INTO flows VALUES(13,12,1,'{heap}','&',-1,'{storage for func literal}',150);
INSERT INTO flows VALUES(14,13,1,'{storage for func literal}','&',-1,'i',154);
INSERT INTO flows VALUES(15,14,1,'{heap}','&',-1,'{storage for func literal}',158);
INSERT INTO flows VALUES(16,15,1,'{storage for func literal}','&',-1,'byRef',162);
INSERT INTO flows VALUES(17,16,1,'~arg2','&',-1,'{storage for len(fns)}',166);
INSERT INTO flows VALUES(18,16,2,'{storage for []interface {} literal}','',0,'~arg2',169);
INSERT INTO flows VALUES(19,16,3,'fmt.a','&',-1,'{storage for []interface {} literal}',171);
INSERT INTO flows VALUES(20,16,4,'{heap}','*',1,'fmt.a',174);
INSERT INTO flows VALUES(21,17,1,'~arg1','&',-1,'{storage for next()}',177);
INSERT INTO flows VALUES(22,17,2,'{storage for []interface {} literal}','',0,'~arg1',180);
INSERT INTO flows VALUES(23,17,3,'fmt.a','&',-1,'{storage for []interface {} literal}',182);
INSERT INTO flows VALUES(24,17,4,'{heap}','*',1,'fmt.a',185);
INSERT INTO flows VALUES(25,18,1,'~arg0','&',-1,'{storage for byRef}',188);
INSERT INTO flows VALUES(26,18,2,'{storage for []interface {} literal}','',0,'~arg0',191);
INSERT INTO flows VALUES(27,18,3,'fmt.a','&',-1,'{storage for []interface {} literal}',193);
INSERT INTO flows VALUES(28,18,4,'{heap}','*',1,'fmt.a',196);
INSERT INTO flows VALUES(29,19,1,'~r1','&',-1,'{storage for func literal}',199);
INSERT INTO flows VALUES(30,20,1,'{storage for func literal}','&',-1,'count',203);
INSERT INTO flows VALUES(31,21,1,'~r2','&',-1,'p',221);
INSERT INTO flows VALUES(32,22,1,'{heap}','',0,'p',226);
INSERT INTO flows VALUES(33,23,1,'~r1','',0,'p',230);
INSERT INTO flows VALUES(34,24,1,'~r1','*',1,'pp',234);
INSERT INTO flows VALUES(35,25,1,'{temp}','',0,'ps',239);
INSERT INTO flows VALUES(36,25,2,'p','*',1,'{temp}',240);
INSERT INTO flows VALUES(37,25,3,'{heap}','',0,'p',242);
INSERT INTO flows VALUES(38,26,1,'{storage for ... argument}','&',-1,'{storage for i}',246);
INSERT INTO flows VALUES(39,26,2,'{heap}','',0,'{storage for ... argument}',249);
INSERT INTO flows VALUES(40,27,1,'{heap}','&',-1,'big',256);
INSERT INTO flows VALUES(41,28,1,'{heap}','&',-1,'{storage for make([]byte, 1 << 17)}',259);
INSERT INTO flows VALUES(42,29,1,'{heap}','&',-1,'{storage for make([]int, n)}',262);
INSERT INTO flows VALUES(43,30,1,'{heap}','&',-1,'{storage for &Point literal}',268);
INSERT INTO flows VALUES(44,31,1,'keys','&',-1,'{storage for map[string]*Point literal}',272);
INSERT INTO flows VALUES(45,31,2,'{heap}','',0,'keys',275);
INSERT INTO flows VALUES(46,32,1,'{storage for []*Point literal}','&',-1,'{storage for &Point literal}',279);
INSERT INTO flows VALUES(47,32,2,'ps','&',-1,'{storage for []*Point literal}',282);
INSERT INTO flows VALUES(48,32,3,'{heap}','*',1,'ps',285);
INSERT INTO flows VALUES(49,33,1,'{heap}','&',-1,'{storage for func literal}',294);
INSERT INTO flows VALUES(50,34,1,'p','&',-1,'{storage for &Point literal}',298);
INSERT INTO flows VALUES(51,34,2,'{heap}','',0,'p',301);
INSERT INTO flows VALUES(52,35,1,'{storage for ... argument}','&',-1,'{storage for p.X}',304);
INSERT INTO flows VALUES(53,35,2,'{temp}','&',-1,'{storage for ... argument}',307);
INSERT INTO flows VALUES(54,35,3,'{heap}','*',1,'{temp}',310);
INSERT INTO flows VALUES(55,36,1,'{storage for ... argument}','&',-1,'{storage for "deferred"}',312);
INSERT INTO flows VALUES(56,36,2,'{temp}','&',-1,'{storage for ... argument}',315);
INSERT INTO flows VALUES(57,36,3,'{heap}','*',1,'{temp}',318);
INSERT INTO flows VALUES(58,37,1,'{heap}','&',-1,'{storage for msg}',326);
INSERT INTO flows VALUES(59,38,1,'{heap}','&',-1,'{storage for ([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")}',330);
INSERT INTO flows VALUES(60,39,1,'{storage for ([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")}','&',-1,'{storage for ([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")}',334);
INSERT INTO flows VALUES(61,40,1,'{heap}','&',-1,'{storage for ([]byte)("raw line one\nraw line two: z escapes to heap")}',338);
INSERT INTO flows VALUES(62,41,1,'{storage for ([]byte)("raw line one\nraw line two: z escapes to heap")}','&',-1,'{storage for ([]byte)("raw line one\nraw line two: z escapes to heap")}',342);
INSERT INTO flows VALUES(63,42,1,'{storage for ... argument}','&',-1,'{storage for html}',346);
INSERT INTO flows VALUES(64,42,2,'{heap}','',0,'{storage for ... argument}',349);
INSERT INTO flows VALUES(65,43,1,'~arg1','&',-1,'{storage for len(msg)}',353);
INSERT INTO flows VALUES(66,43,2,'{storage for []interface {} literal}','',0,'~arg1',356);
INSERT INTO flows VALUES(67,43,3,'fmt.a','&',-1,'{storage for []interface {} literal}',358);
INSERT INTO flows VALUES(68,43,4,'{heap}','*',1,'fmt.a',361);
INSERT INTO flows VALUES(69,44,1,'~arg0','&',-1,'{storage for html}',364);
INSERT INTO flows VALUES(70,44,2,'{storage for []interface {} literal}','',0,'~arg0',367);
INSERT INTO flows VALUES(71,44,3,'fmt.a','&',-1,'{storage for []interface {} literal}',369);
INSERT INTO flows VALUES(72,44,4,'{heap}','*',1,'fmt.a',372);
INSERT INTO flows VALUES(73,45,1,'msg','&',-1,'{storage for ([]byte)("x: y escapes to heap (assign) at a.go:1:2")}',375);
INSERT INTO flows VALUES(74,45,2,'{storage for msg}','',0,'msg',378);
INSERT INTO flows VALUES(75,46,1,'{heap}','&',-1,'big',392);
INSERT INTO flows VALUES(76,47,1,'{heap}','&',-1,'{storage for r.Dist()}',395);
INSERT INTO flows VALUES(77,48,1,'{heap}','&',-1,'{storage for func literal}',399);
INSERT INTO flows VALUES(78,49,1,'{heap}','&',-1,'{storage for make([]byte, 1 << 17)}',403);
INSERT INTO flows VALUES(79,50,1,'{heap}','&',-1,'{storage for make([]int, n)}',406);
INSERT INTO flows VALUES(80,51,1,'~arg3','&',-1,'{storage for st.Keys()}',410);
INSERT INTO flows VALUES(81,51,2,'{storage for []interface {} literal}','',0,'~arg3',413);
INSERT INTO flows VALUES(82,51,3,'fmt.a','&',-1,'{storage for []interface {} literal}',415);
INSERT INTO flows VALUES(83,51,4,'{heap}','*',1,'fmt.a',418);
INSERT INTO flows VALUES(84,52,1,'~arg2','&',-1,'{storage for (*store.Item)(~R0).Value}',421);
INSERT INTO flows VALUES(85,52,2,'{storage for []interface {} literal}','',0,'~arg2',424);
INSERT INTO flows VALUES(86,52,3,'fmt.a','&',-1,'{storage for []interface {} literal}',426);
INSERT INTO flows VALUES(87,52,4,'{heap}','*',1,'fmt.a',429);
INSERT INTO flows VALUES(88,53,1,'~arg1','&',-1,'{storage for store.TagOf((*store.Item)(~R0))}',432);
INSERT INTO flows VALUES(89,53,2,'{storage for []interface {} literal}','',0,'~arg1',435);
INSERT INTO flows VALUES(90,53,3,'fmt.a','&',-1,'{storage for []interface {} literal}',437);
INSERT INTO flows VALUES(91,53,4,'{heap}','*',1,'fmt.a',440);
INSERT INTO flows VALUES(92,54,1,'~arg0','&',-1,'{storage for st.Len()}',443);
INSERT INTO flows VALUES(93,54,2,'{storage for []interface {} literal}','',0,'~arg0',446);
INSERT INTO flows VALUES(94,54,3,'fmt.a','&',-1,'{storage for []interface {} literal}',448);
INSERT INTO flows VALUES(95,54,4,'{heap}','*',1,'fmt.a',451);
INSERT INTO flows VALUES(96,55,1,'{storage for &store.Store literal}','&',-1,'{storage for make(map[string]*store.Item)}',454);
INSERT INTO flows VALUES(97,55,2,'~R0','&',-1,'{storage for &store.Store literal}',457);
INSERT INTO flows VALUES(98,55,3,'st','',0,'~R0',460);
INSERT INTO flows VALUES(99,55,4,'store.s','',0,'st',462);
INSERT INTO flows VALUES(100,55,5,'{heap}','*',1,'store.s',464);
INSERT INTO flows VALUES(101,56,1,'it','&',-1,'{storage for &store.Item literal}',469);
INSERT INTO flows VALUES(102,56,2,'store.it','',0,'it',472);
INSERT INTO flows VALUES(103,56,3,'{heap}','',0,'store.it',474);
INSERT INTO flows VALUES(104,57,1,'~arg3','&',-1,'{storage for *p}',477);
INSERT INTO flows VALUES(105,57,2,'{storage for []interface {} literal}','',0,'~arg3',480);
INSERT INTO flows VALUES(106,57,3,'fmt.a','&',-1,'{storage for []interface {} literal}',482);
INSERT INTO flows VALUES(107,57,4,'{heap}','*',1,'fmt.a',485);
INSERT INTO flows VALUES(108,58,1,'~arg2','&',-1,'{storage for s}',488);
INSERT INTO flows VALUES(109,58,2,'{storage for []interface {} literal}','',0,'~arg2',491);
INSERT INTO flows VALUES(110,58,3,'fmt.a','&',-1,'{storage for []interface {} literal}',493);
INSERT INTO flows VALUES(111,58,4,'{heap}','*',1,'fmt.a',496);
INSERT INTO flows VALUES(112,59,1,'~arg1','&',-1,'{storage for total}',499);
INSERT INTO flows VALUES(113,59,2,'{storage for []interface {} literal}','',0,'~arg1',502);
INSERT INTO flows VALUES(114,59,3,'fmt.a','&',-1,'{storage for []interface {} literal}',504);
INSERT INTO flows VALUES(115,59,4,'{heap}','*',1,'fmt.a',507);
INSERT INTO flows VALUES(116,60,1,'~arg3','&',-1,'{storage for literals()}',510);
INSERT INTO flows VALUES(117,60,2,'{storage for []interface {} literal}','',0,'~arg3',513);
INSERT INTO flows VALUES(118,60,3,'fmt.a','&',-1,'{storage for []interface {} literal}',515);
INSERT INTO flows VALUES(119,60,4,'{heap}','*',1,'fmt.a',518);
INSERT INTO flows VALUES(120,61,1,'~arg2','&',-1,'{storage for bigArrays(3)}',521);
INSERT INTO flows VALUES(121,61,2,'{storage for []interface {} literal}','',0,'~arg2',524);
INSERT INTO flows VALUES(122,61,3,'fmt.a','&',-1,'{storage for []interface {} literal}',526);
INSERT INTO flows VALUES(123,61,4,'{heap}','*',1,'fmt.a',529);
INSERT INTO flows VALUES(124,62,1,'~arg1','&',-1,'{storage for noInline(1)}',532);
INSERT INTO flows VALUES(125,62,2,'{storage for []interface {} literal}','',0,'~arg1',535);
INSERT INTO flows VALUES(126,62,3,'fmt.a','&',-1,'{storage for []interface {} literal}',537);
INSERT INTO flows VALUES(127,62,4,'{heap}','*',1,'fmt.a',540);
INSERT INTO flows VALUES(128,63,1,'~arg0','&',-1,'{storage for fact(5)}',543);
INSERT INTO flows VALUES(129,63,2,'{storage for []interface {} literal}','',0,'~arg0',546);
INSERT INTO flows VALUES(130,63,3,'fmt.a','&',-1,'{storage for []interface {} literal}',548);
INSERT INTO flows VALUES(131,63,4,'{heap}','*',1,'fmt.a',551);
INSERT INTO flows VALUES(132,64,1,'~r2','&',-1,'p',554);
INSERT INTO flows VALUES(133,64,2,'p','',0,'~r2',557);
INSERT INTO flows VALUES(134,64,3,'p','',0,'p',559);
INSERT INTO flows VALUES(135,64,4,'{heap}','',0,'p',561);
INSERT INTO flows VALUES(136,65,1,'{storage for &store.Item literal}','&',-1,'{storage for []string literal}',564);
INSERT INTO flows VALUES(137,66,1,'move','&',-1,'{storage for p.Move}',568);
INSERT INTO flows VALUES(138,66,2,'{storage for func literal}','',0,'move',571);
INSERT INTO flows VALUES(139,67,1,'~r0','&',-1,'{storage for &Store{...}}',12);
INSERT INTO flows VALUES(140,68,1,'{storage for &Store{...}}','&',-1,'{storage for make(map[string]*Item)}',16);
INSERT INTO flows VALUES(141,69,1,'{heap}','&',-1,'{storage for append(s.log, it)}',22);
INSERT INTO flows VALUES(142,70,1,'{heap}','',0,'it',26);
INSERT INTO flows VALUES(143,71,1,'{temp}','*',1,'s',29);
INSERT INTO flows VALUES(144,71,2,'{temp}','',0,'{temp}',32);
INSERT INTO flows VALUES(145,71,3,'{heap}','',0,'{temp}',33);
INSERT INTO flows VALUES(146,72,1,'{heap}','&',-1,'{storage for append(s.buf, p...)}',42);
INSERT INTO flows VALUES(147,73,1,'{temp}','*',1,'s',46);
INSERT INTO flows VALUES(148,73,2,'{heap}','',0,'{temp}',49);
INSERT INTO flows VALUES(149,74,1,'out','*',1,'s',56);
INSERT INTO flows VALUES(150,74,2,'~r0','',0,'out',60);
INSERT INTO flows VALUES(151,75,1,'keys','&',-1,'{storage for make([]string, 0, len(s.items))}',64);
INSERT INTO flows VALUES(152,75,2,'~r0','',0,'keys',67);
INSERT INTO flows VALUES(153,76,1,'keys','&',-1,'{storage for append(keys, k)}',70);
INSERT INTO flows VALUES(154,76,2,'~r0','',0,'keys',73);
INSERT INTO flows VALUES(155,77,1,'~r0','',0,'it',79);
INSERT INTO flows VALUES(156,78,1,'~r0','**',2,'it',83);
INSERT INTO flows VALUES(157,79,1,'{heap}','&',-1,'{storage for func literal}',191);
INSERT INTO flows VALUES(158,80,1,'{heap}','&',-1,'{storage for func literal}',195);
INSERT INTO flows VALUES(159,81,1,'{storage for func literal}','&',-1,'i',201);
INSERT INTO flows VALUES(160,82,1,'{storage for func literal}','&',-1,'byRef',207);
INSERT INTO flows VALUES(161,83,1,'{storage for ... argument}','&',-1,'{storage for byRef}',211);
INSERT INTO flows VALUES(162,83,2,'fmt.a','&',-1,'{storage for ... argument}',214);
INSERT INTO flows VALUES(163,83,3,'{heap}','*',1,'fmt.a',217);
INSERT INTO flows VALUES(164,84,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',220);
INSERT INTO flows VALUES(165,84,2,'fmt.a','&',-1,'{storage for ... argument}',223);
INSERT INTO flows VALUES(166,84,3,'{heap}','*',1,'fmt.a',226);
INSERT INTO flows VALUES(167,85,1,'{storage for ... argument}','&',-1,'{storage for len(fns)}',229);
INSERT INTO flows VALUES(168,85,2,'fmt.a','&',-1,'{storage for ... argument}',232);
INSERT INTO flows VALUES(169,85,3,'{heap}','*',1,'fmt.a',235);
INSERT INTO flows VALUES(170,86,1,'{heap}','&',-1,'{storage for append(b.items, v)}',248);
INSERT INTO flows VALUES(171,87,1,'{heap}','&',-1,'{storage for append(b.items, v)}',252);
INSERT INTO flows VALUES(172,88,1,'{storage for ... argument}','&',-1,'{storage for i}',256);
INSERT INTO flows VALUES(173,88,2,'{heap}','',0,'{storage for ... argument}',259);
INSERT INTO flows VALUES(174,89,1,'v','&',-1,'{storage for &Point{...}}',263);
INSERT INTO flows VALUES(175,89,2,'{heap}','',0,'v',266);
INSERT INTO flows VALUES(176,90,1,'~r0','&',-1,'p',269);
INSERT INTO flows VALUES(177,90,2,'v','',0,'~r0',272);
INSERT INTO flows VALUES(178,90,3,'{heap}','',0,'v',274);
INSERT INTO flows VALUES(179,91,1,'{storage for ... argument}','&',-1,'{storage for strs}',277);
INSERT INTO flows VALUES(180,91,2,'fmt.a','&',-1,'{storage for ... argument}',280);
INSERT INTO flows VALUES(181,91,3,'{heap}','*',1,'fmt.a',283);
INSERT INTO flows VALUES(182,92,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',286);
INSERT INTO flows VALUES(183,92,2,'fmt.a','&',-1,'{storage for ... argument}',289);
INSERT INTO flows VALUES(184,92,3,'{heap}','*',1,'fmt.a',292);
INSERT INTO flows VALUES(185,93,1,'{storage for ... argument}','&',-1,'{storage for len(b.items)}',295);
INSERT INTO flows VALUES(186,93,2,'fmt.a','&',-1,'{storage for ... argument}',298);
INSERT INTO flows VALUES(187,93,3,'{heap}','*',1,'fmt.a',301);
INSERT INTO flows VALUES(188,94,1,'out','&',-1,'{storage for make([]go.shape.string, 0, 3)}',304);
INSERT INTO flows VALUES(189,94,2,'~r0','',0,'out',307);
INSERT INTO flows VALUES(190,94,3,'strs','',0,'~r0',309);
INSERT INTO flows VALUES(191,94,4,'{storage for strs}','',0,'strs',311);
INSERT INTO flows VALUES(192,95,1,'out','&',-1,'{storage for append(out, ~r0)}',314);
INSERT INTO flows VALUES(193,95,2,'~r0','',0,'out',317);
INSERT INTO flows VALUES(194,95,3,'strs','',0,'~r0',319);
INSERT INTO flows VALUES(195,95,4,'{storage for strs}','',0,'strs',321);
INSERT INTO flows VALUES(196,96,1,'~r0','&',-1,'p',340);
INSERT INTO flows VALUES(197,97,1,'{heap}','',0,'p',345);
INSERT INTO flows VALUES(198,98,1,'~r0','',0,'p',349);
INSERT INTO flows VALUES(199,99,1,'~r0','*',1,'pp',353);
INSERT INTO flows VALUES(200,100,1,'{heap}','&',-1,'{storage for append(points, p)}',358);
INSERT INTO flows VALUES(201,101,1,'{temp}','',0,'ps',362);
INSERT INTO flows VALUES(202,101,2,'p','*',1,'{temp}',363);
INSERT INTO flows VALUES(203,101,3,'{heap}','',0,'p',365);
INSERT INTO flows VALUES(204,102,1,'{heap}','&',-1,'{storage for "strings: illegal use of non-zero Builder copied by value"}',370);
INSERT INTO flows VALUES(205,103,1,'{heap}','&',-1,'{storage for append(strings.b.buf, strings.s...)}',374);
INSERT INTO flows VALUES(206,104,1,'{heap}','&',-1,'{storage for "strings: illegal use of non-zero Builder copied by value"}',378);
INSERT INTO flows VALUES(207,105,1,'{heap}','&',-1,'{storage for append(strings.b.buf, strings.s...)}',382);
INSERT INTO flows VALUES(208,106,1,'{heap}','&',-1,'{storage for "strings: illegal use of non-zero Builder copied by value"}',386);
INSERT INTO flows VALUES(209,107,1,'{heap}','&',-1,'{storage for append(strings.b.buf, strings.s...)}',390);
INSERT INTO flows VALUES(210,108,1,'{heap}','&',-1,'{storage for "strings: illegal use of non-zero Builder copied by value"}',394);
INSERT INTO flows VALUES(211,109,1,'{heap}','&',-1,'{storage for append(strings.b.buf, strings.s...)}',398);
INSERT INTO flows VALUES(212,110,1,'{storage for ... argument}','&',-1,'{storage for i}',402);
INSERT INTO flows VALUES(213,110,2,'{heap}','',0,'{storage for ... argument}',405);
INSERT INTO flows VALUES(214,111,1,'{heap}','&',-1,'big',420);
INSERT INTO flows VALUES(215,112,1,'{heap}','&',-1,'{storage for make([]byte, 131072)}',423);
INSERT INTO flows VALUES(216,113,1,'{heap}','&',-1,'{storage for append(points, p)}',429);
INSERT INTO flows VALUES(217,114,1,'{heap}','&',-1,'{storage for &Point{...}}',433);
INSERT INTO flows VALUES(218,115,1,'keys','&',-1,'{storage for map[string]*Point{...}}',437);
INSERT INTO flows VALUES(219,115,2,'{heap}','',0,'keys',440);
INSERT INTO flows VALUES(220,116,1,'{storage for []*Point{...}}','&',-1,'{storage for &Point{...}}',444);
INSERT INTO flows VALUES(221,116,2,'ps','&',-1,'{storage for []*Point{...}}',447);
INSERT INTO flows VALUES(222,116,3,'ps','',0,'ps',450);
INSERT INTO flows VALUES(223,116,4,'{temp}','',0,'ps',452);
INSERT INTO flows VALUES(224,116,5,'p','*',1,'{temp}',453);
INSERT INTO flows VALUES(225,116,6,'{heap}','',0,'p',455);
INSERT INTO flows VALUES(226,117,1,'{heap}','&',-1,'{storage for func literal}',465);
INSERT INTO flows VALUES(227,118,1,'p','&',-1,'{storage for &Point{...}}',473);
INSERT INTO flows VALUES(228,118,2,'{heap}','',0,'p',476);
INSERT INTO flows VALUES(229,119,1,'.autotmp_2','&',-1,'{storage for "deferred"}',479);
INSERT INTO flows VALUES(230,119,2,'{storage for ... argument}','',0,'.autotmp_2',482);
INSERT INTO flows VALUES(231,119,3,'fmt.a','&',-1,'{storage for ... argument}',484);
INSERT INTO flows VALUES(232,119,4,'{heap}','*',1,'fmt.a',487);
INSERT INTO flows VALUES(233,120,1,'.autotmp_3','&',-1,'{storage for p.X}',490);
INSERT INTO flows VALUES(234,120,2,'{storage for ... argument}','',0,'.autotmp_3',493);
INSERT INTO flows VALUES(235,120,3,'fmt.a','&',-1,'{storage for ... argument}',495);
INSERT INTO flows VALUES(236,120,4,'{heap}','*',1,'fmt.a',498);
INSERT INTO flows VALUES(237,121,1,'{heap}','&',-1,'{storage for msg}',507);
INSERT INTO flows VALUES(238,122,1,'{heap}','&',-1,'{storage for ([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")}',511);
INSERT INTO flows VALUES(239,123,1,'{storage for ([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")}','&',-1,'{storage for ([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")}',515);
INSERT INTO flows VALUES(240,124,1,'{heap}','&',-1,'{storage for ([]byte)("raw line one\nraw line two: z escapes to heap")}',519);
INSERT INTO flows VALUES(241,125,1,'{storage for ([]byte)("raw line one\nraw line two: z escapes to heap")}','&',-1,'{storage for ([]byte)("raw line one\nraw line two: z escapes to heap")}',523);
INSERT INTO flows VALUES(242,126,1,'{storage for ... argument}','&',-1,'{storage for "say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{"}',527);
INSERT INTO flows VALUES(243,126,2,'{heap}','',0,'{storage for ... argument}',530);
INSERT INTO flows VALUES(244,127,1,'{storage for ... argument}','&',-1,'{storage for "say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{"}',534);
INSERT INTO flows VALUES(245,127,2,'fmt.a','&',-1,'{storage for ... argument}',537);
INSERT INTO flows VALUES(246,127,3,'{heap}','*',1,'fmt.a',540);
INSERT INTO flows VALUES(247,128,1,'{storage for ... argument}','&',-1,'{storage for len(msg)}',543);
INSERT INTO flows VALUES(248,128,2,'fmt.a','&',-1,'{storage for ... argument}',546);
INSERT INTO flows VALUES(249,128,3,'{heap}','*',1,'fmt.a',549);
INSERT INTO flows VALUES(250,129,1,'msg','&',-1,'{storage for ([]byte)("x: y escapes to heap (assign) at a.go:1:2")}',552);
INSERT INTO flows VALUES(251,129,2,'{storage for msg}','',0,'msg',555);
INSERT INTO flows VALUES(252,130,1,'{heap}','&',-1,'{storage for ~r0}',569);
INSERT INTO flows VALUES(253,131,1,'{heap}','&',-1,'{storage for func literal}',573);
INSERT INTO flows VALUES(254,132,1,'{heap}','&',-1,'{storage for append(points, p)}',577);
INSERT INTO flows VALUES(255,133,1,'{heap}','&',-1,'{storage for &Point{...}}',581);
INSERT INTO flows VALUES(256,134,1,'{heap}','&',-1,'{storage for append(store.s.log, store.it)}',585);
INSERT INTO flows VALUES(257,135,1,'{heap}','&',-1,'{storage for append(store.s.buf, store.p...)}',589);
INSERT INTO flows VALUES(258,136,1,'{heap}','&',-1,'big',595);
INSERT INTO flows VALUES(259,137,1,'{heap}','&',-1,'{storage for make([]byte, 131072)}',598);
INSERT INTO flows VALUES(260,138,1,'keys','&',-1,'{storage for map[string]*Point{...}}',601);
INSERT INTO flows VALUES(261,138,2,'{heap}','',0,'keys',604);
INSERT INTO flows VALUES(262,139,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',608);
INSERT INTO flows VALUES(263,139,2,'fmt.a','&',-1,'{storage for ... argument}',611);
INSERT INTO flows VALUES(264,139,3,'{heap}','*',1,'fmt.a',614);
INSERT INTO flows VALUES(265,140,1,'{storage for ... argument}','&',-1,'{storage for noInline(1)}',617);
INSERT INTO flows VALUES(266,140,2,'fmt.a','&',-1,'{storage for ... argument}',620);
INSERT INTO flows VALUES(267,140,3,'{heap}','*',1,'fmt.a',623);
INSERT INTO flows VALUES(268,141,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',626);
INSERT INTO flows VALUES(269,141,2,'fmt.a','&',-1,'{storage for ... argument}',629);
INSERT INTO flows VALUES(270,141,3,'{heap}','*',1,'fmt.a',632);
INSERT INTO flows VALUES(271,142,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',635);
INSERT INTO flows VALUES(272,142,2,'fmt.a','&',-1,'{storage for ... argument}',638);
INSERT INTO flows VALUES(273,142,3,'{heap}','*',1,'fmt.a',641);
INSERT INTO flows VALUES(274,143,1,'{storage for ... argument}','&',-1,'{storage for total}',644);
INSERT INTO flows VALUES(275,143,2,'fmt.a','&',-1,'{storage for ... argument}',647);
INSERT INTO flows VALUES(276,143,3,'{heap}','*',1,'fmt.a',650);
INSERT INTO flows VALUES(277,144,1,'{storage for ... argument}','&',-1,'{storage for s}',653);
INSERT INTO flows VALUES(278,144,2,'fmt.a','&',-1,'{storage for ... argument}',656);
INSERT INTO flows VALUES(279,144,3,'{heap}','*',1,'fmt.a',659);
INSERT INTO flows VALUES(280,145,1,'{storage for ... argument}','&',-1,'{storage for *p}',662);
INSERT INTO flows VALUES(281,145,2,'fmt.a','&',-1,'{storage for ... argument}',665);
INSERT INTO flows VALUES(282,145,3,'{heap}','*',1,'fmt.a',668);
INSERT INTO flows VALUES(283,146,1,'it','&',-1,'{storage for &store.Item{...}}',671);
INSERT INTO flows VALUES(284,146,2,'store.it','',0,'it',674);
INSERT INTO flows VALUES(285,146,3,'{heap}','',0,'store.it',676);
INSERT INTO flows VALUES(286,147,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',679);
INSERT INTO flows VALUES(287,147,2,'fmt.a','&',-1,'{storage for ... argument}',682);
INSERT INTO flows VALUES(288,147,3,'{heap}','*',1,'fmt.a',685);
INSERT INTO flows VALUES(289,148,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',688);
INSERT INTO flows VALUES(290,148,2,'fmt.a','&',-1,'{storage for ... argument}',691);
INSERT INTO flows VALUES(291,148,3,'{heap}','*',1,'fmt.a',694);
INSERT INTO flows VALUES(292,149,1,'{storage for ... argument}','&',-1,'{storage for (~r0).Value}',697);
INSERT INTO flows VALUES(293,149,2,'fmt.a','&',-1,'{storage for ... argument}',700);
INSERT INTO flows VALUES(294,149,3,'{heap}','*',1,'fmt.a',703);
INSERT INTO flows VALUES(295,150,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',706);
INSERT INTO flows VALUES(296,150,2,'fmt.a','&',-1,'{storage for ... argument}',709);
INSERT INTO flows VALUES(297,150,3,'{heap}','*',1,'fmt.a',712);
INSERT INTO flows VALUES(298,151,1,'~r0','&',-1,'p',715);
INSERT INTO flows VALUES(299,151,2,'p','',0,'~r0',718);
INSERT INTO flows VALUES(300,151,3,'p','',0,'p',720);
INSERT INTO flows VALUES(301,151,4,'{heap}','',0,'p',722);
INSERT INTO flows VALUES(302,152,1,'{storage for []*Point{...}}','&',-1,'{storage for &Point{...}}',725);
INSERT INTO flows VALUES(303,152,2,'ps','&',-1,'{storage for []*Point{...}}',728);
INSERT INTO flows VALUES(304,152,3,'ps','',0,'ps',731);
INSERT INTO flows VALUES(305,152,4,'{temp}','',0,'ps',733);
INSERT INTO flows VALUES(306,152,5,'p','*',1,'{temp}',734);
INSERT INTO flows VALUES(307,152,6,'{heap}','',0,'p',736);
INSERT INTO flows VALUES(308,153,1,'{storage for &store.Store{...}}','&',-1,'{storage for make(map[string]*store.Item)}',739);
INSERT INTO flows VALUES(309,153,2,'~r0','&',-1,'{storage for &store.Store{...}}',742);
INSERT INTO flows VALUES(310,153,3,'st','',0,'~r0',745);
INSERT INTO flows VALUES(311,153,4,'store.s','',0,'st',747);
INSERT INTO flows VALUES(312,153,5,'{temp}','*',1,'store.s',749);
INSERT INTO flows VALUES(313,153,6,'{temp}','',0,'{temp}',752);
INSERT INTO flows VALUES(314,153,7,'{heap}','',0,'{temp}',753);
INSERT INTO flows VALUES(315,154,1,'store.keys','&',-1,'{storage for make([]string, 0, len(store.s.items))}',756);
INSERT INTO flows VALUES(316,154,2,'~r0','',0,'store.keys',759);
INSERT INTO flows VALUES(317,154,3,'{storage for ~r0}','',0,'~r0',761);
INSERT INTO flows VALUES(318,155,1,'store.keys','&',-1,'{storage for append(store.keys, store.k)}',764);
INSERT INTO flows VALUES(319,155,2,'~r0','',0,'store.keys',767);
INSERT INTO flows VALUES(320,155,3,'{storage for ~r0}','',0,'~r0',769);
INSERT INTO flows VALUES(321,156,1,'{storage for &store.Item{...}}','&',-1,'{storage for []string{...}}',772);
INSERT INTO flows VALUES(322,157,1,'move','&',-1,'{storage for p.Move}',776);
INSERT INTO flows VALUES(323,157,2,'{storage for func literal}','',0,'move',779);
INSERT INTO flows VALUES(324,158,1,'{storage for ... argument}','&',-1,'{storage for i}',822);
INSERT INTO flows VALUES(325,158,2,'{heap}','',0,'{storage for ... argument}',825);
INSERT INTO flows VALUES(326,159,1,'{heap}','&',-1,'{storage for append(b.items, v)}',831);
INSERT INTO flows VALUES(327,160,1,'{heap}','',0,'v',835);
INSERT INTO flows VALUES(328,161,1,'{temp}','*',1,'b',838);
INSERT INTO flows VALUES(329,161,2,'{temp}','',0,'{temp}',841);
INSERT INTO flows VALUES(330,161,3,'{heap}','',0,'{temp}',842);
INSERT INTO flows VALUES(331,162,1,'~r0','',0,'b',845);
INSERT INTO flows VALUES(332,163,1,'{heap}','&',-1,'{storage for append(b.items, v)}',849);
INSERT INTO flows VALUES(333,164,1,'v','',0,'v',853);
INSERT INTO flows VALUES(334,164,2,'{heap}','',0,'v',855);
INSERT INTO flows VALUES(335,165,1,'b','',0,'b',858);
INSERT INTO flows VALUES(336,165,2,'{temp}','*',1,'b',860);
INSERT INTO flows VALUES(337,165,3,'{temp}','',0,'{temp}',863);
INSERT INTO flows VALUES(338,165,4,'{heap}','',0,'{temp}',864);
INSERT INTO flows VALUES(339,166,1,'b','',0,'b',867);
INSERT INTO flows VALUES(340,166,2,'~r0','',0,'b',869);
INSERT INTO flows VALUES(341,166,3,'~r0','',0,'~r0',871);
INSERT INTO flows VALUES(342,167,1,'out','&',-1,'{storage for make([]go.shape.string, 0, len(xs))}',875);
INSERT INTO flows VALUES(343,167,2,'~r0','',0,'out',878);
INSERT INTO flows VALUES(344,168,1,'out','&',-1,'{storage for append(out, f(x))}',881);
INSERT INTO flows VALUES(345,168,2,'~r0','',0,'out',884);
INSERT INTO flows VALUES(346,169,1,'out','&',-1,'{storage for make([]go.shape.string, 0, len(xs))}',889);
INSERT INTO flows VALUES(347,169,2,'~r0','',0,'out',892);
INSERT INTO flows VALUES(348,169,3,'~r0','',0,'~r0',894);
INSERT INTO flows VALUES(349,170,1,'out','&',-1,'{storage for append(out, f(x))}',897);
INSERT INTO flows VALUES(350,170,2,'~r0','',0,'out',900);
INSERT INTO flows VALUES(351,170,3,'~r0','',0,'~r0',902);
INSERT INTO flows VALUES(352,171,1,'~r0','&',-1,'{storage for func literal}',908);
INSERT INTO flows VALUES(353,172,1,'{storage for func literal}','&',-1,'count',912);
INSERT INTO flows VALUES(354,173,1,'{heap}','',0,'p',20);
INSERT INTO flows VALUES(355,174,1,'{heap}','',0,'s',24);
INSERT INTO flows VALUES(356,175,1,'~r0','',0,'p',29);
INSERT INTO flows VALUES(357,176,1,'{storage for ... argument}','&',-1,'{storage for r.Y}',33);
INSERT INTO flows VALUES(358,176,2,'{heap}','',0,'{storage for ... argument}',36);
INSERT INTO flows VALUES(359,177,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',40);
INSERT INTO flows VALUES(360,177,2,'{heap}','',0,'{storage for ... argument}',43);
INSERT INTO flows VALUES(361,178,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',47);
INSERT INTO flows VALUES(362,178,2,'{heap}','',0,'{storage for ... argument}',50);
INSERT INTO flows VALUES(363,179,1,'{storage for ... argument}','&',-1,'{storage for p.X}',54);
INSERT INTO flows VALUES(364,179,2,'{heap}','',0,'{storage for ... argument}',57);
INSERT INTO flows VALUES(365,180,1,'q','&',-1,'{storage for &Point{...}}',61);
INSERT INTO flows VALUES(366,180,2,'p','',0,'q',64);
INSERT INTO flows VALUES(367,180,3,'{heap}','',0,'p',66);
INSERT INTO flows VALUES(368,181,1,'{heap}','',0,'~p0',78);
INSERT INTO flows VALUES(369,182,1,'~r0','&',-1,'p',20);
INSERT INTO flows VALUES(370,183,1,'{heap}','',0,'p',25);
INSERT INTO flows VALUES(371,184,1,'{heap}','',0,'v',29);
INSERT INTO flows VALUES(372,185,1,'{heap}','',0,'s',33);
INSERT INTO flows VALUES(373,186,1,'{storage for ... argument}','&',-1,'{storage for t}',37);
INSERT INTO flows VALUES(374,186,2,'fmt.a','&',-1,'{storage for ... argument}',40);
INSERT INTO flows VALUES(375,186,3,'{heap}','*',1,'fmt.a',43);
INSERT INTO flows VALUES(376,187,1,'~r0','',0,'p',49);
INSERT INTO flows VALUES(377,188,1,'{storage for ... argument}','&',-1,'{storage for r.Y}',53);
INSERT INTO flows VALUES(378,188,2,'{heap}','',0,'{storage for ... argument}',56);
INSERT INTO flows VALUES(379,189,1,'{storage for ... argument}','&',-1,'{storage for sum([]int{...})}',60);
INSERT INTO flows VALUES(380,189,2,'{heap}','',0,'{storage for ... argument}',63);
INSERT INTO flows VALUES(381,190,1,'{storage for ... argument}','&',-1,'{storage for ~r0}',67);
INSERT INTO flows VALUES(382,190,2,'{heap}','',0,'{storage for ... argument}',70);
INSERT INTO flows VALUES(383,191,1,'{storage for ... argument}','&',-1,'{storage for p.X}',74);
INSERT INTO flows VALUES(384,191,2,'{heap}','',0,'{storage for ... argument}',77);
INSERT INTO flows VALUES(385,192,1,'v','&',-1,'{storage for p.X}',81);
INSERT INTO flows VALUES(386,192,2,'{heap}','',0,'v',84);
INSERT INTO flows VALUES(387,193,1,'q','&',-1,'{storage for &Point{...}}',87);
INSERT INTO flows VALUES(388,193,2,'p','',0,'q',90);
INSERT INTO flows VALUES(389,193,3,'{heap}','',0,'p',92);
INSERT INTO flows VALUES(390,194,1,'{heap}','',0,'~p0',105);
CREATE TABLE steps (
  id INTEGER PRIMARY KEY,
  explanation_id INTEGER NOT NULL REFERENCES explanations(id) ON DELETE CASCADE,
  flow_id INTEGER REFERENCES flows(id),
  seq INTEGER NOT NULL,
  expr TEXT NOT NULL,
  reason TEXT,
  file_id INTEGER REFERENCES files(id),
  line INTEGER,
  col INTEGER,
  line_no INTEGER
);
INSERT INTO steps VALUES(1,1,NULL,1,'~r0','return',1,46,2,7);
INSERT INTO steps VALUES(2,2,1,1,'&Store literal','spill',2,21,9,13);
INSERT INTO steps VALUES(3,2,1,2,'return &Store literal','return',2,21,2,14);
INSERT INTO steps VALUES(4,3,2,1,'make(map[string]*Item)','spill',2,21,27,17);
INSERT INTO steps VALUES(5,3,2,2,'Store literal','struct literal element',2,21,15,18);
INSERT INTO steps VALUES(6,4,3,1,'s.log','dot of pointer',2,27,18,23);
INSERT INTO steps VALUES(7,4,3,2,'append(s.log, it)','call parameter',2,27,16,24);
INSERT INTO steps VALUES(8,4,4,1,'s.log = append(s.log, it)','assign',2,27,8,26);
INSERT INTO steps VALUES(9,5,5,1,'s.items[it.Key] = it','assign',2,26,18,29);
INSERT INTO steps VALUES(10,6,6,1,'s.items[it.Key] = it','assign',2,26,18,32);
INSERT INTO steps VALUES(11,7,7,1,'s.buf','dot of pointer',2,40,18,40);
INSERT INTO steps VALUES(12,7,7,2,'append(s.buf, p...)','call parameter',2,40,16,41);
INSERT INTO steps VALUES(13,7,7,3,'s.buf = append(s.buf, p...)','assign',2,40,8,42);
INSERT INTO steps VALUES(14,8,8,1,'s.buf','dot of pointer',2,46,10,48);
INSERT INTO steps VALUES(15,8,8,2,'s.buf[:n]','slice',2,46,14,49);
INSERT INTO steps VALUES(16,8,8,3,'out := s.buf[:n]','assign',2,46,6,50);
INSERT INTO steps VALUES(17,8,9,1,'return out','return',2,48,2,52);
INSERT INTO steps VALUES(18,9,10,1,'make([]string, 0, len(s.items))','non-constant size',2,53,14,56);
INSERT INTO steps VALUES(19,10,11,1,'return it','return',2,61,33,61);
INSERT INTO steps VALUES(20,11,12,1,'it.Tags','dot of pointer',2,68,11,65);
INSERT INTO steps VALUES(21,11,12,2,'it.Tags[0]','dot of pointer',2,68,16,66);
INSERT INTO steps VALUES(22,11,12,3,'return it.Tags[0]','return',2,68,2,67);
INSERT INTO steps VALUES(23,12,13,1,'func literal','spill',3,27,21,151);
INSERT INTO steps VALUES(24,12,13,2,'append(fns, func literal)','call parameter',3,27,15,152);
INSERT INTO steps VALUES(25,13,14,1,'func literal','captured by a closure',3,27,21,155);
INSERT INTO steps VALUES(26,13,14,2,'i','reference',3,27,41,156);
INSERT INTO steps VALUES(27,14,15,1,'func literal','spill',3,29,12,159);
INSERT INTO steps VALUES(28,14,15,2,'handler = func literal','assign',3,29,10,160);
INSERT INTO steps VALUES(29,15,16,1,'func literal','captured by a closure',3,29,12,163);
INSERT INTO steps VALUES(30,15,16,2,'byRef','reference',3,30,29,164);
INSERT INTO steps VALUES(31,16,17,1,'len(fns)','spill',3,33,32,167);
INSERT INTO steps VALUES(32,16,17,2,'~arg0, ~arg1, ~arg2 = <N>','assign-pair',3,33,13,168);
INSERT INTO steps VALUES(33,16,18,1,'[]interface {} literal','slice-literal-element',3,33,13,170);
INSERT INTO steps VALUES(34,16,19,1,'[]interface {} literal','spill',3,33,13,172);
INSERT INTO steps VALUES(35,16,19,2,'fmt.a = []interface {} literal','assign',3,33,13,173);
INSERT INTO steps VALUES(36,16,20,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',3,33,13,175);
INSERT INTO steps VALUES(37,17,21,1,'next()','spill',3,33,25,178);
INSERT INTO steps VALUES(38,17,21,2,'~arg0, ~arg1, ~arg2 = <N>','assign-pair',3,33,13,179);
INSERT INTO steps VALUES(39,17,22,1,'[]interface {} literal','slice-literal-element',3,33,13,181);
INSERT INTO steps VALUES(40,17,23,1,'[]interface {} literal','spill',3,33,13,183);
INSERT INTO steps VALUES(41,17,23,2,'fmt.a = []interface {} literal','assign',3,33,13,184);
INSERT INTO steps VALUES(42,17,24,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',3,33,13,186);
INSERT INTO steps VALUES(43,18,25,1,'byRef','spill',3,33,13,189);
INSERT INTO steps VALUES(44,18,25,2,'~arg0, ~arg1, ~arg2 = <N>','assign-pair',3,33,13,190);
INSERT INTO steps VALUES(45,18,26,1,'[]interface {} literal','slice-literal-element',3,33,13,192);
INSERT INTO steps VALUES(46,18,27,1,'[]interface {} literal','spill',3,33,13,194);
INSERT INTO steps VALUES(47,18,27,2,'fmt.a = []interface {} literal','assign',3,33,13,195);
INSERT INTO steps VALUES(48,18,28,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',3,33,13,197);
INSERT INTO steps VALUES(49,19,29,1,'func literal','spill',3,17,10,200);
INSERT INTO steps VALUES(50,19,29,2,'return func literal','return',3,17,3,201);
INSERT INTO steps VALUES(51,20,30,1,'func literal','captured by a closure',3,17,10,204);
INSERT INTO steps VALUES(52,20,30,2,'count','reference',3,18,4,205);
INSERT INTO steps VALUES(53,21,31,1,'&p','address-of',4,41,9,222);
INSERT INTO steps VALUES(54,21,31,2,'return &p','return',4,41,2,223);
INSERT INTO steps VALUES(55,22,32,1,'global = p','assign',4,45,30,227);
INSERT INTO steps VALUES(56,23,33,1,'return p','return',4,48,30,231);
INSERT INTO steps VALUES(57,24,34,1,'*pp','indirection',4,51,40,235);
INSERT INTO steps VALUES(58,24,34,2,'return *pp','return',4,51,33,236);
INSERT INTO steps VALUES(59,25,36,1,'for loop','range-deref',4,55,14,241);
INSERT INTO steps VALUES(60,25,37,1,'append(points, p)','call parameter',4,56,18,243);
INSERT INTO steps VALUES(61,26,38,1,'i','spill',4,89,29,247);
INSERT INTO steps VALUES(62,26,38,2,'... argument','slice-literal-element',4,89,29,248);
INSERT INTO steps VALUES(63,26,39,1,'... argument','spill',4,89,29,250);
INSERT INTO steps VALUES(64,26,39,2,'fmt.Sprint(... argument...)','call parameter',4,89,29,251);
INSERT INTO steps VALUES(65,27,40,1,'big','too large for stack',4,101,6,257);
INSERT INTO steps VALUES(66,28,41,1,'make([]byte, 1 << 17)','non-constant size',4,103,13,260);
INSERT INTO steps VALUES(67,29,42,1,'make([]int, n)','non-constant size',4,105,13,263);
INSERT INTO steps VALUES(68,30,43,1,'&Point literal','spill',4,115,33,269);
INSERT INTO steps VALUES(69,30,43,2,'map[string]*Point literal','map literal value',4,115,27,270);
INSERT INTO steps VALUES(70,31,44,1,'map[string]*Point literal','spill',4,115,27,273);
INSERT INTO steps VALUES(71,31,44,2,'keys := map[string]*Point literal','assign',4,115,7,274);
INSERT INTO steps VALUES(72,31,45,1,'keys','interface-converted',4,116,7,276);
INSERT INTO steps VALUES(73,31,45,2,'sink = keys','assign',4,116,7,277);
INSERT INTO steps VALUES(74,32,46,1,'&Point literal','spill',4,113,17,280);
INSERT INTO steps VALUES(75,32,46,2,'[]*Point literal','slice-literal-element',4,113,16,281);
INSERT INTO steps VALUES(76,32,47,1,'[]*Point literal','spill',4,113,16,283);
INSERT INTO steps VALUES(77,32,47,2,'ps := []*Point literal','assign',4,113,5,284);
INSERT INTO steps VALUES(78,32,48,1,'collect(ps...)','call parameter',4,114,9,286);
INSERT INTO steps VALUES(79,33,49,1,'func literal','spill',4,124,5,295);
INSERT INTO steps VALUES(80,33,49,2,'(func literal)()','call parameter',4,127,3,296);
INSERT INTO steps VALUES(81,34,50,1,'&Point literal','spill',4,123,7,299);
INSERT INTO steps VALUES(82,34,50,2,'p := &Point literal','assign',4,123,4,300);
INSERT INTO steps VALUES(83,34,51,1,'global = p','assign',4,129,24,302);
INSERT INTO steps VALUES(84,35,52,1,'p.X','spill',4,128,33,305);
INSERT INTO steps VALUES(85,35,52,2,'... argument','slice-literal-element',4,128,2,306);
INSERT INTO steps VALUES(86,35,53,1,'... argument','spill',4,128,2,308);
INSERT INTO steps VALUES(87,35,53,2,'fmt.Println(... argument...)','call parameter',4,128,19,309);
INSERT INTO steps VALUES(88,36,55,1,'"deferred"','spill',4,128,20,313);
INSERT INTO steps VALUES(89,36,55,2,'... argument','slice-literal-element',4,128,2,314);
INSERT INTO steps VALUES(90,36,56,1,'... argument','spill',4,128,2,316);
INSERT INTO steps VALUES(91,36,56,2,'fmt.Println(... argument...)','call parameter',4,128,19,317);
INSERT INTO steps VALUES(92,37,58,1,'msg','spill',5,9,7,327);
INSERT INTO steps VALUES(93,37,58,2,'sink = msg','assign',5,9,7,328);
INSERT INTO steps VALUES(94,38,59,1,'([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")','spill',5,12,7,331);
INSERT INTO steps VALUES(95,38,59,2,'sink = ([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")','assign',5,12,7,332);
INSERT INTO steps VALUES(96,39,60,1,'([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")','spill',5,12,15,335);
INSERT INTO steps VALUES(97,39,60,2,'([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")','interface-converted',5,12,7,336);
INSERT INTO steps VALUES(98,40,61,1,'([]byte)("raw line one\nraw line two: z escapes to heap")','spill',5,13,7,339);
INSERT INTO steps VALUES(99,40,61,2,'sink = ([]byte)("raw line one\nraw line two: z escapes to heap")','assign',5,13,7,340);
INSERT INTO steps VALUES(100,41,62,1,'([]byte)("raw line one\nraw line two: z escapes to heap")','spill',5,13,15,343);
INSERT INTO steps VALUES(101,41,62,2,'([]byte)("raw line one\nraw line two: z escapes to heap")','interface-converted',5,13,7,344);
INSERT INTO steps VALUES(102,42,63,1,'html','spill',5,15,21,347);
INSERT INTO steps VALUES(103,42,63,2,'... argument','slice-literal-element',5,15,20,348);
INSERT INTO steps VALUES(104,42,64,1,'... argument','spill',5,15,20,350);
INSERT INTO steps VALUES(105,42,64,2,'fmt.Sprintf("report:\n\tname=%q {braces} \"quoted\"\n\tend\\n", ... argument...)','call parameter',5,15,20,351);
INSERT INTO steps VALUES(106,43,65,1,'len(msg)','spill',5,11,23,354);
INSERT INTO steps VALUES(107,43,65,2,'~arg0, ~arg1 = <N>','assign-pair',5,11,13,355);
INSERT INTO steps VALUES(108,43,66,1,'[]interface {} literal','slice-literal-element',5,11,13,357);
INSERT INTO steps VALUES(109,43,67,1,'[]interface {} literal','spill',5,11,13,359);
INSERT INTO steps VALUES(110,43,67,2,'fmt.a = []interface {} literal','assign',5,11,13,360);
INSERT INTO steps VALUES(111,43,68,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',5,11,13,362);
INSERT INTO steps VALUES(112,44,69,1,'html','spill',5,11,13,365);
INSERT INTO steps VALUES(113,44,69,2,'~arg0, ~arg1 = <N>','assign-pair',5,11,13,366);
INSERT INTO steps VALUES(114,44,70,1,'[]interface {} literal','slice-literal-element',5,11,13,368);
INSERT INTO steps VALUES(115,44,71,1,'[]interface {} literal','spill',5,11,13,370);
INSERT INTO steps VALUES(116,44,71,2,'fmt.a = []interface {} literal','assign',5,11,13,371);
INSERT INTO steps VALUES(117,44,72,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',5,11,13,373);
INSERT INTO steps VALUES(118,45,73,1,'([]byte)("x: y escapes to heap (assign) at a.go:1:2")','spill',5,8,15,376);
INSERT INTO steps VALUES(119,45,73,2,'msg := ([]byte)("x: y escapes to heap (assign) at a.go:1:2")','assign',5,8,6,377);
INSERT INTO steps VALUES(120,45,74,1,'msg','interface-converted',5,9,7,379);
INSERT INTO steps VALUES(121,46,75,1,'big','too large for stack',4,144,45,393);
INSERT INTO steps VALUES(122,47,76,1,'r.Dist()','spill',4,138,7,396);
INSERT INTO steps VALUES(123,47,76,2,'sink = r.Dist()','assign',4,138,7,397);
INSERT INTO steps VALUES(124,48,77,1,'func literal','spill',4,142,12,400);
INSERT INTO steps VALUES(125,48,77,2,'handler = func literal','assign',4,142,10,401);
INSERT INTO steps VALUES(126,49,78,1,'make([]byte, 1 << 17)','non-constant size',4,144,45,404);
INSERT INTO steps VALUES(127,50,79,1,'make([]int, n)','non-constant size',4,144,45,407);
INSERT INTO steps VALUES(128,51,80,1,'st.Keys()','spill',4,157,83,411);
INSERT INTO steps VALUES(129,51,80,2,'~arg0, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,157,13,412);
INSERT INTO steps VALUES(130,51,81,1,'[]interface {} literal','slice-literal-element',4,157,13,414);
INSERT INTO steps VALUES(131,51,82,1,'[]interface {} literal','spill',4,157,13,416);
INSERT INTO steps VALUES(132,51,82,2,'fmt.a = []interface {} literal','assign',4,157,13,417);
INSERT INTO steps VALUES(133,51,83,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',4,157,13,419);
INSERT INTO steps VALUES(134,52,84,1,'(*store.Item)(~R0).Value','spill',4,157,68,422);
INSERT INTO steps VALUES(135,52,84,2,'~arg0, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,157,13,423);
INSERT INTO steps VALUES(136,52,85,1,'[]interface {} literal','slice-literal-element',4,157,13,425);
INSERT INTO steps VALUES(137,52,86,1,'[]interface {} literal','spill',4,157,13,427);
INSERT INTO steps VALUES(138,52,86,2,'fmt.a = []interface {} literal','assign',4,157,13,428);
INSERT INTO steps VALUES(139,52,87,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',4,157,13,430);
INSERT INTO steps VALUES(140,53,88,1,'store.TagOf((*store.Item)(~R0))','spill',4,157,35,433);
INSERT INTO steps VALUES(141,53,88,2,'~arg0, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,157,13,434);
INSERT INTO steps VALUES(142,53,89,1,'[]interface {} literal','slice-literal-element',4,157,13,436);
INSERT INTO steps VALUES(143,53,90,1,'[]interface {} literal','spill',4,157,13,438);
INSERT INTO steps VALUES(144,53,90,2,'fmt.a = []interface {} literal','assign',4,157,13,439);
INSERT INTO steps VALUES(145,53,91,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',4,157,13,441);
INSERT INTO steps VALUES(146,54,92,1,'st.Len()','spill',4,157,20,444);
INSERT INTO steps VALUES(147,54,92,2,'~arg0, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,157,13,445);
INSERT INTO steps VALUES(148,54,93,1,'[]interface {} literal','slice-literal-element',4,157,13,447);
INSERT INTO steps VALUES(149,54,94,1,'[]interface {} literal','spill',4,157,13,449);
INSERT INTO steps VALUES(150,54,94,2,'fmt.a = []interface {} literal','assign',4,157,13,450);
INSERT INTO steps VALUES(151,54,95,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',4,157,13,452);
INSERT INTO steps VALUES(152,55,96,1,'make(map[string]*store.Item)','spill',4,152,17,455);
INSERT INTO steps VALUES(153,55,96,2,'store.Store literal','struct literal element',4,152,17,456);
INSERT INTO steps VALUES(154,55,97,1,'&store.Store literal','spill',4,152,17,458);
INSERT INTO steps VALUES(155,55,97,2,'~R0 = <N>','assign-pair',4,152,17,459);
INSERT INTO steps VALUES(156,55,98,1,'st := (*store.Store)(~R0)','assign',4,152,5,461);
INSERT INTO steps VALUES(157,55,99,1,'store.s = st','assign',4,155,10,463);
INSERT INTO steps VALUES(158,55,100,1,'store.s.buf','dot of pointer',4,155,10,465);
INSERT INTO steps VALUES(159,55,100,2,'append(store.s.buf, store.p...)','call parameter',4,155,10,466);
INSERT INTO steps VALUES(160,55,100,3,'store.s.buf = append(store.s.buf, store.p...)','assign',4,155,10,467);
INSERT INTO steps VALUES(161,56,101,1,'&store.Item literal','spill',4,153,8,470);
INSERT INTO steps VALUES(162,56,101,2,'it := &store.Item literal','assign',4,153,5,471);
INSERT INTO steps VALUES(163,56,102,1,'store.it = <N>','assign-pair',4,154,8,473);
INSERT INTO steps VALUES(164,56,103,1,'store.s.items[store.it.Key] = store.it','assign',4,154,8,475);
INSERT INTO steps VALUES(165,57,104,1,'*p','spill',4,146,37,478);
INSERT INTO steps VALUES(166,57,104,2,'fmt.format, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,146,12,479);
INSERT INTO steps VALUES(167,57,105,1,'[]interface {} literal','slice-literal-element',4,146,12,481);
INSERT INTO steps VALUES(168,57,106,1,'[]interface {} literal','spill',4,146,12,483);
INSERT INTO steps VALUES(169,57,106,2,'fmt.a = []interface {} literal','assign',4,146,12,484);
INSERT INTO steps VALUES(170,57,107,1,'fmt.Fprintf(io.Writer(os.Stdout), fmt.format, fmt.a...)','call parameter',4,146,12,486);
INSERT INTO steps VALUES(171,58,108,1,'s','spill',4,146,13,489);
INSERT INTO steps VALUES(172,58,108,2,'fmt.format, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,146,12,490);
INSERT INTO steps VALUES(173,58,109,1,'[]interface {} literal','slice-literal-element',4,146,12,492);
INSERT INTO steps VALUES(174,58,110,1,'[]interface {} literal','spill',4,146,12,494);
INSERT INTO steps VALUES(175,58,110,2,'fmt.a = []interface {} literal','assign',4,146,12,495);
INSERT INTO steps VALUES(176,58,111,1,'fmt.Fprintf(io.Writer(os.Stdout), fmt.format, fmt.a...)','call parameter',4,146,12,497);
INSERT INTO steps VALUES(177,59,112,1,'total','spill',4,146,13,500);
INSERT INTO steps VALUES(178,59,112,2,'fmt.format, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,146,12,501);
INSERT INTO steps VALUES(179,59,113,1,'[]interface {} literal','slice-literal-element',4,146,12,503);
INSERT INTO steps VALUES(180,59,114,1,'[]interface {} literal','spill',4,146,12,505);
INSERT INTO steps VALUES(181,59,114,2,'fmt.a = []interface {} literal','assign',4,146,12,506);
INSERT INTO steps VALUES(182,59,115,1,'fmt.Fprintf(io.Writer(os.Stdout), fmt.format, fmt.a...)','call parameter',4,146,12,508);
INSERT INTO steps VALUES(183,60,116,1,'literals()','spill',4,144,58,511);
INSERT INTO steps VALUES(184,60,116,2,'~arg0, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,144,13,512);
INSERT INTO steps VALUES(185,60,117,1,'[]interface {} literal','slice-literal-element',4,144,13,514);
INSERT INTO steps VALUES(186,60,118,1,'[]interface {} literal','spill',4,144,13,516);
INSERT INTO steps VALUES(187,60,118,2,'fmt.a = []interface {} literal','assign',4,144,13,517);
INSERT INTO steps VALUES(188,60,119,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',4,144,13,519);
INSERT INTO steps VALUES(189,61,120,1,'bigArrays(3)','spill',4,144,45,522);
INSERT INTO steps VALUES(190,61,120,2,'~arg0, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,144,13,523);
INSERT INTO steps VALUES(191,61,121,1,'[]interface {} literal','slice-literal-element',4,144,13,525);
INSERT INTO steps VALUES(192,61,122,1,'[]interface {} literal','spill',4,144,13,527);
INSERT INTO steps VALUES(193,61,122,2,'fmt.a = []interface {} literal','assign',4,144,13,528);
INSERT INTO steps VALUES(194,61,123,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',4,144,13,530);
INSERT INTO steps VALUES(195,62,124,1,'noInline(1)','spill',4,144,31,533);
INSERT INTO steps VALUES(196,62,124,2,'~arg0, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,144,13,534);
INSERT INTO steps VALUES(197,62,125,1,'[]interface {} literal','slice-literal-element',4,144,13,536);
INSERT INTO steps VALUES(198,62,126,1,'[]interface {} literal','spill',4,144,13,538);
INSERT INTO steps VALUES(199,62,126,2,'fmt.a = []interface {} literal','assign',4,144,13,539);
INSERT INTO steps VALUES(200,62,127,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',4,144,13,541);
INSERT INTO steps VALUES(201,63,128,1,'fact(5)','spill',4,144,18,544);
INSERT INTO steps VALUES(202,63,128,2,'~arg0, ~arg1, ~arg2, ~arg3 = <N>','assign-pair',4,144,13,545);
INSERT INTO steps VALUES(203,63,129,1,'[]interface {} literal','slice-literal-element',4,144,13,547);
INSERT INTO steps VALUES(204,63,130,1,'[]interface {} literal','spill',4,144,13,549);
INSERT INTO steps VALUES(205,63,130,2,'fmt.a = []interface {} literal','assign',4,144,13,550);
INSERT INTO steps VALUES(206,63,131,1,'fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)','call parameter',4,144,13,552);
INSERT INTO steps VALUES(207,64,132,1,'&p','address-of',4,134,15,555);
INSERT INTO steps VALUES(208,64,132,2,'~r2 = <N>','assign-pair',4,134,15,556);
INSERT INTO steps VALUES(209,64,133,1,'p := (*Point)(~r2)','assign',4,134,4,558);
INSERT INTO steps VALUES(210,64,134,1,'p = <N>','assign-pair',4,135,6,560);
INSERT INTO steps VALUES(211,64,135,1,'global = p','assign',4,135,6,562);
INSERT INTO steps VALUES(212,65,136,1,'[]string literal','spill',4,153,54,565);
INSERT INTO steps VALUES(213,65,136,2,'store.Item literal','struct literal element',4,153,19,566);
INSERT INTO steps VALUES(214,66,137,1,'p.Move','spill',4,140,11,569);
INSERT INTO steps VALUES(215,66,137,2,'move := p.Move','assign',4,140,7,570);
INSERT INTO steps VALUES(216,66,138,1,'func literal','captured by a closure',4,142,12,572);
INSERT INTO steps VALUES(217,67,139,1,'&Store{...}','spill',7,21,9,13);
INSERT INTO steps VALUES(218,67,139,2,'return &Store{...}','return',7,21,2,14);
INSERT INTO steps VALUES(219,68,140,1,'make(map[string]*Item)','spill',7,21,27,17);
INSERT INTO steps VALUES(220,68,140,2,'Store{...}','struct literal element',7,21,15,18);
INSERT INTO steps VALUES(221,69,141,1,'append(s.log, it)','spill',7,27,16,23);
INSERT INTO steps VALUES(222,69,141,2,'s.log = append(s.log, it)','assign',7,27,8,24);
INSERT INTO steps VALUES(223,70,142,1,'s.items[it.Key] = it','assign',7,26,18,27);
INSERT INTO steps VALUES(224,71,143,1,'s.log','dot of pointer',7,27,18,30);
INSERT INTO steps VALUES(225,71,143,2,'append(s.log, it)','call parameter',7,27,16,31);
INSERT INTO steps VALUES(226,71,145,1,'s.log = append(s.log, it)','assign',7,27,8,34);
INSERT INTO steps VALUES(227,72,146,1,'append(s.buf, p...)','spill',7,40,16,43);
INSERT INTO steps VALUES(228,72,146,2,'s.buf = append(s.buf, p...)','assign',7,40,8,44);
INSERT INTO steps VALUES(229,73,147,1,'s.buf','dot of pointer',7,40,18,47);
INSERT INTO steps VALUES(230,73,147,2,'append(s.buf, p...)','call parameter',7,40,16,48);
INSERT INTO steps VALUES(231,73,148,1,'s.buf = append(s.buf, p...)','assign',7,40,8,50);
INSERT INTO steps VALUES(232,74,149,1,'s.buf','dot of pointer',7,46,10,57);
INSERT INTO steps VALUES(233,74,149,2,'s.buf[:n]','slice',7,46,14,58);
INSERT INTO steps VALUES(234,74,149,3,'out := s.buf[:n]','assign',7,46,6,59);
INSERT INTO steps VALUES(235,74,150,1,'return out','return',7,48,2,61);
INSERT INTO steps VALUES(236,75,151,1,'make([]string, 0, len(s.items))','spill',7,53,14,65);
INSERT INTO steps VALUES(237,75,151,2,'keys := make([]string, 0, len(s.items))','assign',7,53,7,66);
INSERT INTO steps VALUES(238,75,152,1,'return keys','return',7,57,2,68);
INSERT INTO steps VALUES(239,76,153,1,'append(keys, k)','spill',7,55,16,71);
INSERT INTO steps VALUES(240,76,153,2,'keys = append(keys, k)','assign',7,55,8,72);
INSERT INTO steps VALUES(241,76,154,1,'return keys','return',7,57,2,74);
INSERT INTO steps VALUES(242,77,155,1,'return it','return',7,61,33,80);
INSERT INTO steps VALUES(243,78,156,1,'it.Tags','dot of pointer',7,68,11,84);
INSERT INTO steps VALUES(244,78,156,2,'it.Tags[0]','dot of pointer',7,68,16,85);
INSERT INTO steps VALUES(245,78,156,3,'return it.Tags[0]','return',7,68,2,86);
INSERT INTO steps VALUES(246,79,157,1,'func literal','spill',8,27,21,192);
INSERT INTO steps VALUES(247,79,157,2,'append(fns, func literal)','call parameter',8,27,15,193);
INSERT INTO steps VALUES(248,80,158,1,'func literal','spill',8,29,12,196);
INSERT INTO steps VALUES(249,80,158,2,'handler = func literal','assign',8,29,10,197);
INSERT INTO steps VALUES(250,81,159,1,'i','captured by a closure',8,27,41,202);
INSERT INTO steps VALUES(251,81,159,2,'i','reference',8,27,41,203);
INSERT INTO steps VALUES(252,82,160,1,'byRef','captured by a closure',8,30,21,208);
INSERT INTO steps VALUES(253,82,160,2,'byRef','reference',8,30,21,209);
INSERT INTO steps VALUES(254,83,161,1,'byRef','spill',8,33,14,212);
INSERT INTO steps VALUES(255,83,161,2,'... argument','slice-literal-element',8,33,13,213);
INSERT INTO steps VALUES(256,83,162,1,'... argument','spill',8,33,13,215);
INSERT INTO steps VALUES(257,83,162,2,'fmt.a := ... argument','assign-pair',8,33,13,216);
INSERT INTO steps VALUES(258,83,163,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',8,33,13,218);
INSERT INTO steps VALUES(259,84,164,1,'~r0','spill',8,33,25,221);
INSERT INTO steps VALUES(260,84,164,2,'... argument','slice-literal-element',8,33,13,222);
INSERT INTO steps VALUES(261,84,165,1,'... argument','spill',8,33,13,224);
INSERT INTO steps VALUES(262,84,165,2,'fmt.a := ... argument','assign-pair',8,33,13,225);
INSERT INTO steps VALUES(263,84,166,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',8,33,13,227);
INSERT INTO steps VALUES(264,85,167,1,'len(fns)','spill',8,33,32,230);
INSERT INTO steps VALUES(265,85,167,2,'... argument','slice-literal-element',8,33,13,231);
INSERT INTO steps VALUES(266,85,168,1,'... argument','spill',8,33,13,233);
INSERT INTO steps VALUES(267,85,168,2,'fmt.a := ... argument','assign-pair',8,33,13,234);
INSERT INTO steps VALUES(268,85,169,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',8,33,13,236);
INSERT INTO steps VALUES(269,86,170,1,'append(b.items, v)','spill',9,45,7,249);
INSERT INTO steps VALUES(270,86,170,2,'b.items = append(b.items, v)','assign',9,45,7,250);
INSERT INTO steps VALUES(271,87,171,1,'append(b.items, v)','spill',9,45,25,253);
INSERT INTO steps VALUES(272,87,171,2,'b.items = append(b.items, v)','assign',9,45,25,254);
INSERT INTO steps VALUES(273,88,172,1,'i','spill',9,43,13,257);
INSERT INTO steps VALUES(274,88,172,2,'... argument','slice-literal-element',9,43,13,258);
INSERT INTO steps VALUES(275,88,173,1,'... argument','spill',9,43,13,260);
INSERT INTO steps VALUES(276,88,173,2,'fmt.Sprint(... argument...)','call parameter',9,43,13,261);
INSERT INTO steps VALUES(277,89,174,1,'&Point{...}','spill',9,45,8,264);
INSERT INTO steps VALUES(278,89,174,2,'b, .dict, v := b, &.dict.Box[*main.Point], &Point{...}','assign-pair',9,45,7,265);
INSERT INTO steps VALUES(279,89,175,1,'append(b.items, v)','call parameter',9,45,7,267);
INSERT INTO steps VALUES(280,90,176,1,'&p','address-of',9,45,34,270);
INSERT INTO steps VALUES(281,90,176,2,'~r0 = &p','assign-pair',9,45,34,271);
INSERT INTO steps VALUES(282,90,177,1,'b, .dict, v := ~r0, &.dict.Box[*main.Point], ~r0','assign-pair',9,45,25,273);
INSERT INTO steps VALUES(283,90,178,1,'append(b.items, v)','call parameter',9,45,25,275);
INSERT INTO steps VALUES(284,91,179,1,'strs','spill',9,46,14,278);
INSERT INTO steps VALUES(285,91,179,2,'... argument','slice-literal-element',9,46,13,279);
INSERT INTO steps VALUES(286,91,180,1,'... argument','spill',9,46,13,281);
INSERT INTO steps VALUES(287,91,180,2,'fmt.a := ... argument','assign-pair',9,46,13,282);
INSERT INTO steps VALUES(288,91,181,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',9,46,13,284);
INSERT INTO steps VALUES(289,92,182,1,'~r0','spill',9,46,23,287);
INSERT INTO steps VALUES(290,92,182,2,'... argument','slice-literal-element',9,46,13,288);
INSERT INTO steps VALUES(291,92,183,1,'... argument','spill',9,46,13,290);
INSERT INTO steps VALUES(292,92,183,2,'fmt.a := ... argument','assign-pair',9,46,13,291);
INSERT INTO steps VALUES(293,92,184,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',9,46,13,293);
INSERT INTO steps VALUES(294,93,185,1,'len(b.items)','spill',9,46,49,296);
INSERT INTO steps VALUES(295,93,185,2,'... argument','slice-literal-element',9,46,13,297);
INSERT INTO steps VALUES(296,93,186,1,'... argument','spill',9,46,13,299);
INSERT INTO steps VALUES(297,93,186,2,'fmt.a := ... argument','assign-pair',9,46,13,300);
INSERT INTO steps VALUES(298,93,187,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',9,46,13,302);
INSERT INTO steps VALUES(299,94,188,1,'make([]go.shape.string, 0, 3)','spill',9,43,13,305);
INSERT INTO steps VALUES(300,94,188,2,'out := make([]go.shape.string, 0, 3)','assign',9,43,13,306);
INSERT INTO steps VALUES(301,94,189,1,'~r0 = out','assign-pair',9,43,13,308);
INSERT INTO steps VALUES(302,94,190,1,'strs := ~r0','assign',9,43,7,310);
INSERT INTO steps VALUES(303,94,191,1,'strs','interface-converted',9,46,14,312);
INSERT INTO steps VALUES(304,95,192,1,'append(out, ~r0)','spill',9,43,13,315);
INSERT INTO steps VALUES(305,95,192,2,'out = append(out, ~r0)','assign',9,43,13,316);
INSERT INTO steps VALUES(306,95,193,1,'~r0 = out','assign-pair',9,43,13,318);
INSERT INTO steps VALUES(307,95,194,1,'strs := ~r0','assign',9,43,7,320);
INSERT INTO steps VALUES(308,95,195,1,'strs','interface-converted',9,46,14,322);
INSERT INTO steps VALUES(309,96,196,1,'&p','address-of',10,41,9,341);
INSERT INTO steps VALUES(310,96,196,2,'return &p','return',10,41,2,342);
INSERT INTO steps VALUES(311,97,197,1,'global = p','assign',10,45,30,346);
INSERT INTO steps VALUES(312,98,198,1,'return p','return',10,48,30,350);
INSERT INTO steps VALUES(313,99,199,1,'*pp','indirection',10,51,40,354);
INSERT INTO steps VALUES(314,99,199,2,'return *pp','return',10,51,33,355);
INSERT INTO steps VALUES(315,100,200,1,'append(points, p)','spill',10,56,18,359);
INSERT INTO steps VALUES(316,100,200,2,'points = append(points, p)','assign',10,56,10,360);
INSERT INTO steps VALUES(317,101,202,1,'for loop','range-deref',10,55,14,364);
INSERT INTO steps VALUES(318,101,203,1,'append(points, p)','call parameter',10,56,18,366);
INSERT INTO steps VALUES(319,102,204,1,'"strings: illegal use of non-zero Builder copied by value"','spill',10,80,18,371);
INSERT INTO steps VALUES(320,102,204,2,'panic("strings: illegal use of non-zero Builder copied by value")','call parameter',10,80,18,372);
INSERT INTO steps VALUES(321,103,205,1,'append(strings.b.buf, strings.s...)','spill',10,80,18,375);
INSERT INTO steps VALUES(322,103,205,2,'strings.b.buf = append(strings.b.buf, strings.s...)','assign',10,80,18,376);
INSERT INTO steps VALUES(323,104,206,1,'"strings: illegal use of non-zero Builder copied by value"','spill',10,83,18,379);
INSERT INTO steps VALUES(324,104,206,2,'panic("strings: illegal use of non-zero Builder copied by value")','call parameter',10,83,18,380);
INSERT INTO steps VALUES(325,105,207,1,'append(strings.b.buf, strings.s...)','spill',10,83,18,383);
INSERT INTO steps VALUES(326,105,207,2,'strings.b.buf = append(strings.b.buf, strings.s...)','assign',10,83,18,384);
INSERT INTO steps VALUES(327,106,208,1,'"strings: illegal use of non-zero Builder copied by value"','spill',10,86,18,387);
INSERT INTO steps VALUES(328,106,208,2,'panic("strings: illegal use of non-zero Builder copied by value")','call parameter',10,86,18,388);
INSERT INTO steps VALUES(329,107,209,1,'append(strings.b.buf, strings.s...)','spill',10,86,18,391);
INSERT INTO steps VALUES(330,107,209,2,'strings.b.buf = append(strings.b.buf, strings.s...)','assign',10,86,18,392);
INSERT INTO steps VALUES(331,108,210,1,'"strings: illegal use of non-zero Builder copied by value"','spill',10,89,18,395);
INSERT INTO steps VALUES(332,108,210,2,'panic("strings: illegal use of non-zero Builder copied by value")','call parameter',10,89,18,396);
INSERT INTO steps VALUES(333,109,211,1,'append(strings.b.buf, strings.s...)','spill',10,89,18,399);
INSERT INTO steps VALUES(334,109,211,2,'strings.b.buf = append(strings.b.buf, strings.s...)','assign',10,89,18,400);
INSERT INTO steps VALUES(335,110,212,1,'i','spill',10,89,30,403);
INSERT INTO steps VALUES(336,110,212,2,'... argument','slice-literal-element',10,89,29,404);
INSERT INTO steps VALUES(337,110,213,1,'... argument','spill',10,89,29,406);
INSERT INTO steps VALUES(338,110,213,2,'fmt.Sprint(... argument...)','call parameter',10,89,29,407);
INSERT INTO steps VALUES(339,111,214,1,'big','too large for stack',10,101,6,421);
INSERT INTO steps VALUES(340,112,215,1,'make([]byte, 131072)','too large for stack',10,103,13,424);
INSERT INTO steps VALUES(341,113,216,1,'append(points, p)','spill',10,114,9,430);
INSERT INTO steps VALUES(342,113,216,2,'points = append(points, p)','assign',10,114,9,431);
INSERT INTO steps VALUES(343,114,217,1,'&Point{...}','spill',10,115,33,434);
INSERT INTO steps VALUES(344,114,217,2,'map[string]*Point{...}','map literal value',10,115,27,435);
INSERT INTO steps VALUES(345,115,218,1,'map[string]*Point{...}','spill',10,115,27,438);
INSERT INTO steps VALUES(346,115,218,2,'keys := map[string]*Point{...}','assign',10,115,7,439);
INSERT INTO steps VALUES(347,115,219,1,'keys','interface-converted',10,116,9,441);
INSERT INTO steps VALUES(348,115,219,2,'sink = keys','assign',10,116,7,442);
INSERT INTO steps VALUES(349,116,220,1,'&Point{...}','spill',10,113,17,445);
INSERT INTO steps VALUES(350,116,220,2,'[]*Point{...}','slice-literal-element',10,113,16,446);
INSERT INTO steps VALUES(351,116,221,1,'[]*Point{...}','spill',10,113,16,448);
INSERT INTO steps VALUES(352,116,221,2,'ps := []*Point{...}','assign',10,113,5,449);
INSERT INTO steps VALUES(353,116,222,1,'ps := ps','assign-pair',10,114,9,451);
INSERT INTO steps VALUES(354,116,224,1,'for loop','range-deref',10,114,9,454);
INSERT INTO steps VALUES(355,116,225,1,'append(points, p)','call parameter',10,114,9,456);
INSERT INTO steps VALUES(356,117,226,1,'func literal','spill',10,124,5,466);
INSERT INTO steps VALUES(357,118,227,1,'&Point{...}','spill',10,123,7,474);
INSERT INTO steps VALUES(358,118,227,2,'p := &Point{...}','assign',10,123,4,475);
INSERT INTO steps VALUES(359,118,228,1,'global = p','assign',10,129,24,477);
INSERT INTO steps VALUES(360,119,229,1,'"deferred"','spill',10,128,20,480);
INSERT INTO steps VALUES(361,119,229,2,'.autotmp_2, .autotmp_3 = "deferred", p.X','assign-pair',10,128,2,481);
INSERT INTO steps VALUES(362,119,230,1,'... argument','slice-literal-element',10,128,19,483);
INSERT INTO steps VALUES(363,119,231,1,'... argument','spill',10,128,19,485);
INSERT INTO steps VALUES(364,119,231,2,'fmt.a := ... argument','assign-pair',10,128,19,486);
INSERT INTO steps VALUES(365,119,232,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,128,19,488);
INSERT INTO steps VALUES(366,120,233,1,'p.X','spill',10,128,33,491);
INSERT INTO steps VALUES(367,120,233,2,'.autotmp_2, .autotmp_3 = "deferred", p.X','assign-pair',10,128,2,492);
INSERT INTO steps VALUES(368,120,234,1,'... argument','slice-literal-element',10,128,19,494);
INSERT INTO steps VALUES(369,120,235,1,'... argument','spill',10,128,19,496);
INSERT INTO steps VALUES(370,120,235,2,'fmt.a := ... argument','assign-pair',10,128,19,497);
INSERT INTO steps VALUES(371,120,236,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,128,19,499);
INSERT INTO steps VALUES(372,121,237,1,'msg','spill',11,9,9,508);
INSERT INTO steps VALUES(373,121,237,2,'sink = msg','assign',11,9,7,509);
INSERT INTO steps VALUES(374,122,238,1,'([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")','spill',11,12,15,512);
INSERT INTO steps VALUES(375,122,238,2,'sink = ([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")','assign',11,12,7,513);
INSERT INTO steps VALUES(376,123,239,1,'([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")','spill',11,12,16,516);
INSERT INTO steps VALUES(377,123,239,2,'([]byte)("say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{")','interface-converted',11,12,15,517);
INSERT INTO steps VALUES(378,124,240,1,'([]byte)("raw line one\nraw line two: z escapes to heap")','spill',11,13,15,520);
INSERT INTO steps VALUES(379,124,240,2,'sink = ([]byte)("raw line one\nraw line two: z escapes to heap")','assign',11,13,7,521);
INSERT INTO steps VALUES(380,125,241,1,'([]byte)("raw line one\nraw line two: z escapes to heap")','spill',11,13,16,524);
INSERT INTO steps VALUES(381,125,241,2,'([]byte)("raw line one\nraw line two: z escapes to heap")','interface-converted',11,13,15,525);
INSERT INTO steps VALUES(382,126,242,1,'"say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{"','spill',11,17,10,528);
INSERT INTO steps VALUES(383,126,242,2,'... argument','slice-literal-element',11,15,20,529);
INSERT INTO steps VALUES(384,126,243,1,'... argument','spill',11,15,20,531);
INSERT INTO steps VALUES(385,126,243,2,'fmt.Sprintf("report:\n\tname=%q {braces} \"quoted\"\n\tend\\n", ... argument...)','call parameter',11,15,20,532);
INSERT INTO steps VALUES(386,127,244,1,'"say \"hi\" <script>alert(''x'')</script> C:\\tmp\\ {}{"','spill',11,11,14,535);
INSERT INTO steps VALUES(387,127,244,2,'... argument','slice-literal-element',11,11,13,536);
INSERT INTO steps VALUES(388,127,245,1,'... argument','spill',11,11,13,538);
INSERT INTO steps VALUES(389,127,245,2,'fmt.a := ... argument','assign-pair',11,11,13,539);
INSERT INTO steps VALUES(390,127,246,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',11,11,13,541);
INSERT INTO steps VALUES(391,128,247,1,'len(msg)','spill',11,11,23,544);
INSERT INTO steps VALUES(392,128,247,2,'... argument','slice-literal-element',11,11,13,545);
INSERT INTO steps VALUES(393,128,248,1,'... argument','spill',11,11,13,547);
INSERT INTO steps VALUES(394,128,248,2,'fmt.a := ... argument','assign-pair',11,11,13,548);
INSERT INTO steps VALUES(395,128,249,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',11,11,13,550);
INSERT INTO steps VALUES(396,129,250,1,'([]byte)("x: y escapes to heap (assign) at a.go:1:2")','spill',11,8,16,553);
INSERT INTO steps VALUES(397,129,250,2,'msg := ([]byte)("x: y escapes to heap (assign) at a.go:1:2")','assign',11,8,6,554);
INSERT INTO steps VALUES(398,129,251,1,'msg','interface-converted',11,9,9,556);
INSERT INTO steps VALUES(399,130,252,1,'~r0','spill',10,138,15,570);
INSERT INTO steps VALUES(400,130,252,2,'sink = ~r0','assign',10,138,7,571);
INSERT INTO steps VALUES(401,131,253,1,'func literal','spill',10,142,12,574);
INSERT INTO steps VALUES(402,131,253,2,'handler = func literal','assign',10,142,10,575);
INSERT INTO steps VALUES(403,132,254,1,'append(points, p)','spill',10,144,58,578);
INSERT INTO steps VALUES(404,132,254,2,'points = append(points, p)','assign',10,144,58,579);
INSERT INTO steps VALUES(405,133,255,1,'&Point{...}','spill',10,144,58,582);
INSERT INTO steps VALUES(406,133,255,2,'map[string]*Point{...}','map literal value',10,144,58,583);
INSERT INTO steps VALUES(407,134,256,1,'append(store.s.log, store.it)','spill',10,154,8,586);
INSERT INTO steps VALUES(408,134,256,2,'store.s.log = append(store.s.log, store.it)','assign',10,154,8,587);
INSERT INTO steps VALUES(409,135,257,1,'append(store.s.buf, store.p...)','spill',10,155,10,590);
INSERT INTO steps VALUES(410,135,257,2,'store.s.buf = append(store.s.buf, store.p...)','assign',10,155,10,591);
INSERT INTO steps VALUES(411,136,258,1,'big','too large for stack',10,144,45,596);
INSERT INTO steps VALUES(412,137,259,1,'make([]byte, 131072)','too large for stack',10,144,45,599);
INSERT INTO steps VALUES(413,138,260,1,'map[string]*Point{...}','spill',10,144,58,602);
INSERT INTO steps VALUES(414,138,260,2,'keys := map[string]*Point{...}','assign',10,144,58,603);
INSERT INTO steps VALUES(415,138,261,1,'keys','interface-converted',10,144,58,605);
INSERT INTO steps VALUES(416,138,261,2,'sink = keys','assign',10,144,58,606);
INSERT INTO steps VALUES(417,139,262,1,'~r0','spill',10,144,18,609);
INSERT INTO steps VALUES(418,139,262,2,'... argument','slice-literal-element',10,144,13,610);
INSERT INTO steps VALUES(419,139,263,1,'... argument','spill',10,144,13,612);
INSERT INTO steps VALUES(420,139,263,2,'fmt.a := ... argument','assign-pair',10,144,13,613);
INSERT INTO steps VALUES(421,139,264,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,144,13,615);
INSERT INTO steps VALUES(422,140,265,1,'noInline(1)','spill',10,144,31,618);
INSERT INTO steps VALUES(423,140,265,2,'... argument','slice-literal-element',10,144,13,619);
INSERT INTO steps VALUES(424,140,266,1,'... argument','spill',10,144,13,621);
INSERT INTO steps VALUES(425,140,266,2,'fmt.a := ... argument','assign-pair',10,144,13,622);
INSERT INTO steps VALUES(426,140,267,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,144,13,624);
INSERT INTO steps VALUES(427,141,268,1,'~r0','spill',10,144,45,627);
INSERT INTO steps VALUES(428,141,268,2,'... argument','slice-literal-element',10,144,13,628);
INSERT INTO steps VALUES(429,141,269,1,'... argument','spill',10,144,13,630);
INSERT INTO steps VALUES(430,141,269,2,'fmt.a := ... argument','assign-pair',10,144,13,631);
INSERT INTO steps VALUES(431,141,270,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,144,13,633);
INSERT INTO steps VALUES(432,142,271,1,'~r0','spill',10,144,58,636);
INSERT INTO steps VALUES(433,142,271,2,'... argument','slice-literal-element',10,144,13,637);
INSERT INTO steps VALUES(434,142,272,1,'... argument','spill',10,144,13,639);
INSERT INTO steps VALUES(435,142,272,2,'fmt.a := ... argument','assign-pair',10,144,13,640);
INSERT INTO steps VALUES(436,142,273,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,144,13,642);
INSERT INTO steps VALUES(437,143,274,1,'total','spill',10,146,27,645);
INSERT INTO steps VALUES(438,143,274,2,'... argument','slice-literal-element',10,146,12,646);
INSERT INTO steps VALUES(439,143,275,1,'... argument','spill',10,146,12,648);
INSERT INTO steps VALUES(440,143,275,2,'fmt.format, fmt.a := "%d %s %v\n", ... argument','assign-pair',10,146,12,649);
INSERT INTO steps VALUES(441,143,276,1,'fmt.Fprintf(os.Stdout, fmt.format, fmt.a...)','call parameter',10,146,12,651);
INSERT INTO steps VALUES(442,144,277,1,'s','spill',10,146,34,654);
INSERT INTO steps VALUES(443,144,277,2,'... argument','slice-literal-element',10,146,12,655);
INSERT INTO steps VALUES(444,144,278,1,'... argument','spill',10,146,12,657);
INSERT INTO steps VALUES(445,144,278,2,'fmt.format, fmt.a := "%d %s %v\n", ... argument','assign-pair',10,146,12,658);
INSERT INTO steps VALUES(446,144,279,1,'fmt.Fprintf(os.Stdout, fmt.format, fmt.a...)','call parameter',10,146,12,660);
INSERT INTO steps VALUES(447,145,280,1,'*p','spill',10,146,37,663);
INSERT INTO steps VALUES(448,145,280,2,'... argument','slice-literal-element',10,146,12,664);
INSERT INTO steps VALUES(449,145,281,1,'... argument','spill',10,146,12,666);
INSERT INTO steps VALUES(450,145,281,2,'fmt.format, fmt.a := "%d %s %v\n", ... argument','assign-pair',10,146,12,667);
INSERT INTO steps VALUES(451,145,282,1,'fmt.Fprintf(os.Stdout, fmt.format, fmt.a...)','call parameter',10,146,12,669);
INSERT INTO steps VALUES(452,146,283,1,'&store.Item{...}','spill',10,153,8,672);
INSERT INTO steps VALUES(453,146,283,2,'it := &store.Item{...}','assign',10,153,5,673);
INSERT INTO steps VALUES(454,146,284,1,'store.s, store.it := st, it','assign-pair',10,154,8,675);
INSERT INTO steps VALUES(455,146,285,1,'store.s.items[store.it.Key] = store.it','assign',10,154,8,677);
INSERT INTO steps VALUES(456,147,286,1,'~r0','spill',10,157,20,680);
INSERT INTO steps VALUES(457,147,286,2,'... argument','slice-literal-element',10,157,13,681);
INSERT INTO steps VALUES(458,147,287,1,'... argument','spill',10,157,13,683);
INSERT INTO steps VALUES(459,147,287,2,'fmt.a := ... argument','assign-pair',10,157,13,684);
INSERT INTO steps VALUES(460,147,288,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,157,13,686);
INSERT INTO steps VALUES(461,148,289,1,'~r0','spill',10,157,35,689);
INSERT INTO steps VALUES(462,148,289,2,'... argument','slice-literal-element',10,157,13,690);
INSERT INTO steps VALUES(463,148,290,1,'... argument','spill',10,157,13,692);
INSERT INTO steps VALUES(464,148,290,2,'fmt.a := ... argument','assign-pair',10,157,13,693);
INSERT INTO steps VALUES(465,148,291,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,157,13,695);
INSERT INTO steps VALUES(466,149,292,1,'(~r0).Value','spill',10,157,68,698);
INSERT INTO steps VALUES(467,149,292,2,'... argument','slice-literal-element',10,157,13,699);
INSERT INTO steps VALUES(468,149,293,1,'... argument','spill',10,157,13,701);
INSERT INTO steps VALUES(469,149,293,2,'fmt.a := ... argument','assign-pair',10,157,13,702);
INSERT INTO steps VALUES(470,149,294,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,157,13,704);
INSERT INTO steps VALUES(471,150,295,1,'~r0','spill',10,157,83,707);
INSERT INTO steps VALUES(472,150,295,2,'... argument','slice-literal-element',10,157,13,708);
INSERT INTO steps VALUES(473,150,296,1,'... argument','spill',10,157,13,710);
INSERT INTO steps VALUES(474,150,296,2,'fmt.a := ... argument','assign-pair',10,157,13,711);
INSERT INTO steps VALUES(475,150,297,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',10,157,13,713);
INSERT INTO steps VALUES(476,151,298,1,'&p','address-of',10,134,15,716);
INSERT INTO steps VALUES(477,151,298,2,'~r0 = &p','assign-pair',10,134,15,717);
INSERT INTO steps VALUES(478,151,299,1,'p := ~r0','assign',10,134,4,719);
INSERT INTO steps VALUES(479,151,300,1,'p := p','assign-pair',10,135,6,721);
INSERT INTO steps VALUES(480,151,301,1,'global = p','assign',10,135,6,723);
INSERT INTO steps VALUES(481,152,302,1,'&Point{...}','spill',10,144,58,726);
INSERT INTO steps VALUES(482,152,302,2,'[]*Point{...}','slice-literal-element',10,144,58,727);
INSERT INTO steps VALUES(483,152,303,1,'[]*Point{...}','spill',10,144,58,729);
INSERT INTO steps VALUES(484,152,303,2,'ps := []*Point{...}','assign',10,144,58,730);
INSERT INTO steps VALUES(485,152,304,1,'ps := ps','assign-pair',10,144,58,732);
INSERT INTO steps VALUES(486,152,306,1,'for loop','range-deref',10,144,58,735);
INSERT INTO steps VALUES(487,152,307,1,'append(points, p)','call parameter',10,144,58,737);
INSERT INTO steps VALUES(488,153,308,1,'make(map[string]*store.Item)','spill',10,152,17,740);
INSERT INTO steps VALUES(489,153,308,2,'store.Store{...}','struct literal element',10,152,17,741);
INSERT INTO steps VALUES(490,153,309,1,'&store.Store{...}','spill',10,152,17,743);
INSERT INTO steps VALUES(491,153,309,2,'~r0 = &store.Store{...}','assign-pair',10,152,17,744);
INSERT INTO steps VALUES(492,153,310,1,'st := ~r0','assign',10,152,5,746);
INSERT INTO steps VALUES(493,153,311,1,'store.s, store.it := st, it','assign-pair',10,154,8,748);
INSERT INTO steps VALUES(494,153,312,1,'store.s.log','dot of pointer',10,154,8,750);
INSERT INTO steps VALUES(495,153,312,2,'append(store.s.log, store.it)','call parameter',10,154,8,751);
INSERT INTO steps VALUES(496,153,314,1,'store.s.log = append(store.s.log, store.it)','assign',10,154,8,754);
INSERT INTO steps VALUES(497,154,315,1,'make([]string, 0, len(store.s.items))','spill',10,157,83,757);
INSERT INTO steps VALUES(498,154,315,2,'store.keys := make([]string, 0, len(store.s.items))','assign',10,157,83,758);
INSERT INTO steps VALUES(499,154,316,1,'~r0 = store.keys','assign-pair',10,157,83,760);
INSERT INTO steps VALUES(500,154,317,1,'~r0','interface-converted',10,157,83,762);
INSERT INTO steps VALUES(501,155,318,1,'append(store.keys, store.k)','spill',10,157,83,765);
INSERT INTO steps VALUES(502,155,318,2,'store.keys = append(store.keys, store.k)','assign',10,157,83,766);
INSERT INTO steps VALUES(503,155,319,1,'~r0 = store.keys','assign-pair',10,157,83,768);
INSERT INTO steps VALUES(504,155,320,1,'~r0','interface-converted',10,157,83,770);
INSERT INTO steps VALUES(505,156,321,1,'[]string{...}','spill',10,153,54,773);
INSERT INTO steps VALUES(506,156,321,2,'store.Item{...}','struct literal element',10,153,19,774);
INSERT INTO steps VALUES(507,157,322,1,'p.Move','spill',10,140,11,777);
INSERT INTO steps VALUES(508,157,322,2,'move := p.Move','assign',10,140,7,778);
INSERT INTO steps VALUES(509,157,323,1,'move','captured by a closure',10,142,21,780);
INSERT INTO steps VALUES(510,158,324,1,'i','spill',9,43,69,823);
INSERT INTO steps VALUES(511,158,324,2,'... argument','slice-literal-element',9,43,68,824);
INSERT INTO steps VALUES(512,158,325,1,'... argument','spill',9,43,68,826);
INSERT INTO steps VALUES(513,158,325,2,'fmt.Sprint(... argument...)','call parameter',9,43,68,827);
INSERT INTO steps VALUES(514,159,326,1,'append(b.items, v)','spill',9,38,18,832);
INSERT INTO steps VALUES(515,159,326,2,'b.items = append(b.items, v)','assign',9,38,10,833);
INSERT INTO steps VALUES(516,160,327,1,'append(b.items, v)','call parameter',9,38,18,836);
INSERT INTO steps VALUES(517,161,328,1,'b.items','dot of pointer',9,38,20,839);
INSERT INTO steps VALUES(518,161,328,2,'append(b.items, v)','call parameter',9,38,18,840);
INSERT INTO steps VALUES(519,161,330,1,'b.items = append(b.items, v)','assign',9,38,10,843);
INSERT INTO steps VALUES(520,162,331,1,'return b','return',9,39,2,846);
INSERT INTO steps VALUES(521,163,332,1,'append(b.items, v)','spill',9,37,6,850);
INSERT INTO steps VALUES(522,163,332,2,'b.items = append(b.items, v)','assign',9,37,6,851);
INSERT INTO steps VALUES(523,164,333,1,'b, .dict, v := b, &.dict.Box[*main.Point], v','assign-pair',9,37,6,854);
INSERT INTO steps VALUES(524,164,334,1,'append(b.items, v)','call parameter',9,37,6,856);
INSERT INTO steps VALUES(525,165,335,1,'b, .dict, v := b, &.dict.Box[*main.Point], v','assign-pair',9,37,6,859);
INSERT INTO steps VALUES(526,165,336,1,'b.items','dot of pointer',9,37,6,861);
INSERT INTO steps VALUES(527,165,336,2,'append(b.items, v)','call parameter',9,37,6,862);
INSERT INTO steps VALUES(528,165,338,1,'b.items = append(b.items, v)','assign',9,37,6,865);
INSERT INTO steps VALUES(529,166,339,1,'b, .dict, v := b, &.dict.Box[*main.Point], v','assign-pair',9,37,6,868);
INSERT INTO steps VALUES(530,166,340,1,'~r0 = b','assign-pair',9,37,6,870);
INSERT INTO steps VALUES(531,166,341,1,'return ~r0','return',9,37,6,872);
INSERT INTO steps VALUES(532,167,342,1,'make([]go.shape.string, 0, len(xs))','spill',9,15,13,876);
INSERT INTO steps VALUES(533,167,342,2,'out := make([]go.shape.string, 0, len(xs))','assign',9,15,6,877);
INSERT INTO steps VALUES(534,167,343,1,'return out','return',9,19,2,879);
INSERT INTO steps VALUES(535,168,344,1,'append(out, f(x))','spill',9,17,15,882);
INSERT INTO steps VALUES(536,168,344,2,'out = append(out, f(x))','assign',9,17,7,883);
INSERT INTO steps VALUES(537,168,345,1,'return out','return',9,19,2,885);
INSERT INTO steps VALUES(538,169,346,1,'make([]go.shape.string, 0, len(xs))','spill',9,14,6,890);
INSERT INTO steps VALUES(539,169,346,2,'out := make([]go.shape.string, 0, len(xs))','assign',9,14,6,891);
INSERT INTO steps VALUES(540,169,347,1,'~r0 = out','assign-pair',9,14,6,893);
INSERT INTO steps VALUES(541,169,348,1,'return ~r0','return',9,14,6,895);
INSERT INTO steps VALUES(542,170,349,1,'append(out, f(x))','spill',9,14,6,898);
INSERT INTO steps VALUES(543,170,349,2,'out = append(out, f(x))','assign',9,14,6,899);
INSERT INTO steps VALUES(544,170,350,1,'~r0 = out','assign-pair',9,14,6,901);
INSERT INTO steps VALUES(545,170,351,1,'return ~r0','return',9,14,6,903);
INSERT INTO steps VALUES(546,171,352,1,'func literal','spill',8,17,10,909);
INSERT INTO steps VALUES(547,171,352,2,'return func literal','return',8,17,3,910);
INSERT INTO steps VALUES(548,172,353,1,'count','captured by a closure',8,18,4,913);
INSERT INTO steps VALUES(549,172,353,2,'count','reference',8,18,4,914);
INSERT INTO steps VALUES(550,173,354,1,'sink = p','assign',13,28,7,21);
INSERT INTO steps VALUES(551,174,355,1,'s.Area()','call parameter',13,35,40,25);
INSERT INTO steps VALUES(552,175,356,1,'return p','return',13,46,2,30);
INSERT INTO steps VALUES(553,176,357,1,'r.Y','spill',13,55,72,34);
INSERT INTO steps VALUES(554,176,357,2,'... argument','slice-literal-element',13,55,14,35);
INSERT INTO steps VALUES(555,176,358,1,'... argument','spill',13,55,14,37);
INSERT INTO steps VALUES(556,176,358,2,'fmt.Fprintln(os.Stderr, ... argument...)','call parameter',13,55,14,38);
INSERT INTO steps VALUES(557,177,359,1,'~r0','spill',13,55,53,41);
INSERT INTO steps VALUES(558,177,359,2,'... argument','slice-literal-element',13,55,14,42);
INSERT INTO steps VALUES(559,177,360,1,'... argument','spill',13,55,14,44);
INSERT INTO steps VALUES(560,177,360,2,'fmt.Fprintln(os.Stderr, ... argument...)','call parameter',13,55,14,45);
INSERT INTO steps VALUES(561,178,361,1,'~r0','spill',13,55,36,48);
INSERT INTO steps VALUES(562,178,361,2,'... argument','slice-literal-element',13,55,14,49);
INSERT INTO steps VALUES(563,178,362,1,'... argument','spill',13,55,14,51);
INSERT INTO steps VALUES(564,178,362,2,'fmt.Fprintln(os.Stderr, ... argument...)','call parameter',13,55,14,52);
INSERT INTO steps VALUES(565,179,363,1,'p.X','spill',13,55,27,55);
INSERT INTO steps VALUES(566,179,363,2,'... argument','slice-literal-element',13,55,14,56);
INSERT INTO steps VALUES(567,179,364,1,'... argument','spill',13,55,14,58);
INSERT INTO steps VALUES(568,179,364,2,'fmt.Fprintln(os.Stderr, ... argument...)','call parameter',13,55,14,59);
INSERT INTO steps VALUES(569,180,365,1,'&Point{...}','spill',13,51,7,62);
INSERT INTO steps VALUES(570,180,365,2,'q := &Point{...}','assign',13,51,4,63);
INSERT INTO steps VALUES(571,180,366,1,'p := q','assign-pair',13,52,7,65);
INSERT INTO steps VALUES(572,180,367,1,'sink = p','assign',13,52,7,67);
INSERT INTO steps VALUES(573,181,368,1,'~p0.Area()','call parameter',14,1,0,79);
INSERT INTO steps VALUES(574,182,369,1,'&p','address-of',15,24,9,21);
INSERT INTO steps VALUES(575,182,369,2,'return &p','return',15,24,2,22);
INSERT INTO steps VALUES(576,183,370,1,'sink = p','assign',15,28,7,26);
INSERT INTO steps VALUES(577,184,371,1,'last = v','assign',15,32,7,30);
INSERT INTO steps VALUES(578,185,372,1,'s.Area()','call parameter',15,35,40,34);
INSERT INTO steps VALUES(579,186,373,1,'t','spill',15,42,14,38);
INSERT INTO steps VALUES(580,186,373,2,'... argument','slice-literal-element',15,42,13,39);
INSERT INTO steps VALUES(581,186,374,1,'... argument','spill',15,42,13,41);
INSERT INTO steps VALUES(582,186,374,2,'fmt.a := ... argument','assign-pair',15,42,13,42);
INSERT INTO steps VALUES(583,186,375,1,'fmt.Fprintln(os.Stdout, fmt.a...)','call parameter',15,42,13,44);
INSERT INTO steps VALUES(584,187,376,1,'return p','return',15,47,2,50);
INSERT INTO steps VALUES(585,188,377,1,'r.Y','spill',15,56,72,54);
INSERT INTO steps VALUES(586,188,377,2,'... argument','slice-literal-element',15,56,14,55);
INSERT INTO steps VALUES(587,188,378,1,'... argument','spill',15,56,14,57);
INSERT INTO steps VALUES(588,188,378,2,'fmt.Fprintln(os.Stderr, ... argument...)','call parameter',15,56,14,58);
INSERT INTO steps VALUES(589,189,379,1,'sum([]int{...})','spill',15,56,53,61);
INSERT INTO steps VALUES(590,189,379,2,'... argument','slice-literal-element',15,56,14,62);
INSERT INTO steps VALUES(591,189,380,1,'... argument','spill',15,56,14,64);
INSERT INTO steps VALUES(592,189,380,2,'fmt.Fprintln(os.Stderr, ... argument...)','call parameter',15,56,14,65);
INSERT INTO steps VALUES(593,190,381,1,'~r0','spill',15,56,36,68);
INSERT INTO steps VALUES(594,190,381,2,'... argument','slice-literal-element',15,56,14,69);
INSERT INTO steps VALUES(595,190,382,1,'... argument','spill',15,56,14,71);
INSERT INTO steps VALUES(596,190,382,2,'fmt.Fprintln(os.Stderr, ... argument...)','call parameter',15,56,14,72);
INSERT INTO steps VALUES(597,191,383,1,'p.X','spill',15,56,27,75);
INSERT INTO steps VALUES(598,191,383,2,'... argument','slice-literal-element',15,56,14,76);
INSERT INTO steps VALUES(599,191,384,1,'... argument','spill',15,56,14,78);
INSERT INTO steps VALUES(600,191,384,2,'fmt.Fprintln(os.Stderr, ... argument...)','call parameter',15,56,14,79);
INSERT INTO steps VALUES(601,192,385,1,'p.X','spill',15,54,12,82);
INSERT INTO steps VALUES(602,192,385,2,'v := p.X','assign-pair',15,54,10,83);
INSERT INTO steps VALUES(603,192,386,1,'last = v','assign',15,54,10,85);
INSERT INTO steps VALUES(604,193,387,1,'&Point{...}','spill',15,52,7,88);
INSERT INTO steps VALUES(605,193,387,2,'q := &Point{...}','assign',15,52,4,89);
INSERT INTO steps VALUES(606,193,388,1,'p := q','assign-pair',15,53,7,91);
INSERT INTO steps VALUES(607,193,389,1,'sink = p','assign',15,53,7,93);
INSERT INTO steps VALUES(608,194,390,1,'~p0.Area()','call parameter',16,1,0,106);
CREATE TABLE inline_calls (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  package_id INTEGER NOT NULL REFERENCES packages(id),
  function_id INTEGER REFERENCES functions(id),
  callee TEXT NOT NULL,
  inlined INTEGER NOT NULL,
  reason TEXT,
  file_id INTEGER NOT NULL REFERENCES files(id),
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  count INTEGER NOT NULL DEFAULT 1,
  input_id INTEGER REFERENCES inputs(id),
  line_no INTEGER
, attribution TEXT);
INSERT INTO inline_calls VALUES(1,2,3,21,'closures.func1',1,NULL,3,13,3,1,2,84,'declaration');
INSERT INTO inline_calls VALUES(2,2,3,21,'fmt.Println',1,NULL,3,33,13,1,2,86,'declaration');
INSERT INTO inline_calls VALUES(3,2,3,21,'closures.func4.1',1,NULL,3,31,8,1,2,91,'declaration');
INSERT INTO inline_calls VALUES(4,2,3,24,'abs',1,NULL,4,19,39,1,2,94,'declaration');
INSERT INTO inline_calls VALUES(5,2,3,24,'abs',1,NULL,4,19,50,1,2,95,'declaration');
INSERT INTO inline_calls VALUES(6,2,3,33,'strings.(*Builder).WriteString',1,NULL,4,80,18,1,2,105,'declaration');
INSERT INTO inline_calls VALUES(7,2,3,33,'strings.(*Builder).copyCheck',1,NULL,4,80,18,1,2,106,'declaration');
INSERT INTO inline_calls VALUES(8,2,3,33,'strings.noescape',1,NULL,4,80,18,1,2,107,'declaration');
INSERT INTO inline_calls VALUES(9,2,3,33,'strings.(*Builder).WriteString',1,NULL,4,83,18,1,2,108,'declaration');
INSERT INTO inline_calls VALUES(10,2,3,33,'strings.(*Builder).copyCheck',1,NULL,4,83,18,1,2,109,'declaration');
INSERT INTO inline_calls VALUES(11,2,3,33,'strings.noescape',1,NULL,4,83,18,1,2,110,'declaration');
INSERT INTO inline_calls VALUES(12,2,3,33,'strings.(*Builder).WriteString',1,NULL,4,86,18,1,2,111,'declaration');
INSERT INTO inline_calls VALUES(13,2,3,33,'strings.(*Builder).copyCheck',1,NULL,4,86,18,1,2,112,'declaration');
INSERT INTO inline_calls VALUES(14,2,3,33,'strings.noescape',1,NULL,4,86,18,1,2,113,'declaration');
INSERT INTO inline_calls VALUES(15,2,3,33,'strings.(*Builder).WriteString',1,NULL,4,89,18,1,2,114,'declaration');
INSERT INTO inline_calls VALUES(16,2,3,33,'strings.(*Builder).copyCheck',1,NULL,4,89,18,1,2,115,'declaration');
INSERT INTO inline_calls VALUES(17,2,3,33,'strings.noescape',1,NULL,4,89,18,1,2,116,'declaration');
INSERT INTO inline_calls VALUES(18,2,3,33,'strings.(*Builder).String',1,NULL,4,96,25,1,2,117,'declaration');
INSERT INTO inline_calls VALUES(19,2,3,36,'(*Point).Move',1,NULL,4,125,9,1,2,122,'declaration');
INSERT INTO inline_calls VALUES(20,2,3,25,'(*Point).Move',1,NULL,4,22,6,1,2,125,'declaration');
INSERT INTO inline_calls VALUES(21,2,3,38,'fmt.Println',1,NULL,5,11,13,1,2,127,'declaration');
INSERT INTO inline_calls VALUES(22,2,3,39,'newPoint',1,NULL,4,134,15,1,2,129,'declaration');
INSERT INTO inline_calls VALUES(23,2,3,39,'keep',1,NULL,4,135,6,1,2,130,'declaration');
INSERT INTO inline_calls VALUES(24,2,3,39,'pass',1,NULL,4,136,11,1,2,131,'declaration');
INSERT INTO inline_calls VALUES(25,2,3,39,'deref',1,NULL,4,137,12,1,2,132,'declaration');
INSERT INTO inline_calls VALUES(26,2,3,39,'Point.Dist',1,NULL,4,138,15,1,2,133,'declaration');
INSERT INTO inline_calls VALUES(27,2,3,39,'abs',1,NULL,4,138,15,2,2,134,'declaration');
INSERT INTO inline_calls VALUES(28,2,3,39,'bigArrays',1,NULL,4,144,45,1,2,136,'declaration');
INSERT INTO inline_calls VALUES(29,2,3,39,'fmt.Println',1,NULL,4,144,13,1,2,137,'declaration');
INSERT INTO inline_calls VALUES(30,2,3,39,'fmt.Printf',1,NULL,4,146,12,1,2,138,'declaration');
INSERT INTO inline_calls VALUES(31,2,3,39,'store.New',1,NULL,4,152,17,1,2,139,'declaration');
INSERT INTO inline_calls VALUES(32,2,3,39,'store.(*Store).Put',1,NULL,4,154,8,1,2,140,'declaration');
INSERT INTO inline_calls VALUES(33,2,3,39,'store.(*Store).Write',1,NULL,4,155,10,1,2,141,'declaration');
INSERT INTO inline_calls VALUES(34,2,3,39,'store.(*Store).Consume',1,NULL,4,156,16,1,2,142,'declaration');
INSERT INTO inline_calls VALUES(35,2,3,39,'store.(*Store).Len',1,NULL,4,157,20,1,2,143,'declaration');
INSERT INTO inline_calls VALUES(36,2,3,39,'store.(*Store).Get',1,NULL,4,157,42,1,2,144,'declaration');
INSERT INTO inline_calls VALUES(37,2,3,39,'store.TagOf',1,NULL,4,157,35,1,2,145,'declaration');
INSERT INTO inline_calls VALUES(38,2,3,39,'store.Identity',1,NULL,4,157,64,1,2,146,'declaration');
INSERT INTO inline_calls VALUES(39,2,3,39,'fmt.Println',1,NULL,4,157,13,1,2,147,'declaration');
INSERT INTO inline_calls VALUES(40,2,3,NULL,'Point.Dist',1,NULL,6,1,0,1,2,602,NULL);
INSERT INTO inline_calls VALUES(41,2,3,NULL,'abs',1,NULL,6,1,0,2,2,603,NULL);
INSERT INTO inline_calls VALUES(42,3,5,52,'closures.func1',1,NULL,8,13,3,1,3,124,'declaration');
INSERT INTO inline_calls VALUES(43,3,5,52,'closures.func2',1,NULL,8,22,15,1,3,125,'declaration');
INSERT INTO inline_calls VALUES(44,3,5,52,'closures.func2.func1',1,NULL,8,23,6,1,3,127,'declaration');
INSERT INTO inline_calls VALUES(45,3,5,52,'closures.func2.func1',1,NULL,8,33,25,1,3,128,'declaration');
INSERT INTO inline_calls VALUES(46,3,5,52,'fmt.Println',1,NULL,8,33,13,1,3,129,'declaration');
INSERT INTO inline_calls VALUES(47,3,5,52,'closures.func4.1',1,NULL,8,31,8,1,3,130,'declaration');
INSERT INTO inline_calls VALUES(48,3,5,61,'Map[go.shape.int,go.shape.string]',1,NULL,9,43,13,1,3,131,'declaration');
INSERT INTO inline_calls VALUES(49,3,5,61,'(*Box[go.shape.*uint8]).Add',1,NULL,9,45,7,1,3,132,'declaration');
INSERT INTO inline_calls VALUES(50,3,5,61,'newPoint',1,NULL,9,45,34,1,3,133,'declaration');
INSERT INTO inline_calls VALUES(51,3,5,61,'(*Box[go.shape.*uint8]).Add',1,NULL,9,45,25,1,3,134,'declaration');
INSERT INTO inline_calls VALUES(52,3,5,61,'Sum[go.shape.float64]',1,NULL,9,46,23,1,3,135,'declaration');
INSERT INTO inline_calls VALUES(53,3,5,61,'fmt.Println',1,NULL,9,46,13,1,3,136,'declaration');
INSERT INTO inline_calls VALUES(54,3,5,61,'init.0.func1',1,NULL,9,43,13,1,3,137,'declaration');
INSERT INTO inline_calls VALUES(55,3,5,63,'abs',1,NULL,10,19,39,1,3,138,'declaration');
INSERT INTO inline_calls VALUES(56,3,5,63,'abs',1,NULL,10,19,50,1,3,139,'declaration');
INSERT INTO inline_calls VALUES(57,3,5,69,'fact',1,NULL,10,65,17,1,3,140,'declaration');
INSERT INTO inline_calls VALUES(58,3,5,71,'strings.(*Builder).WriteString',1,NULL,10,80,18,1,3,141,'declaration');
INSERT INTO inline_calls VALUES(59,3,5,71,'strings.(*Builder).WriteString',1,NULL,10,83,18,1,3,142,'declaration');
INSERT INTO inline_calls VALUES(60,3,5,71,'strings.(*Builder).WriteString',1,NULL,10,86,18,1,3,143,'declaration');
INSERT INTO inline_calls VALUES(61,3,5,71,'strings.(*Builder).WriteString',1,NULL,10,89,18,1,3,144,'declaration');
INSERT INTO inline_calls VALUES(62,3,5,71,'strings.(*Builder).String',1,NULL,10,96,25,1,3,145,'declaration');
INSERT INTO inline_calls VALUES(63,3,5,71,'strings.(*Builder).copyCheck',1,NULL,10,80,18,1,3,146,'declaration');
INSERT INTO inline_calls VALUES(64,3,5,71,'strings.(*Builder).copyCheck',1,NULL,10,83,18,1,3,147,'declaration');
INSERT INTO inline_calls VALUES(65,3,5,71,'strings.(*Builder).copyCheck',1,NULL,10,86,18,1,3,148,'declaration');
INSERT INTO inline_calls VALUES(66,3,5,71,'strings.(*Builder).copyCheck',1,NULL,10,89,18,1,3,149,'declaration');
INSERT INTO inline_calls VALUES(67,3,5,71,'abi.NoEscape',1,NULL,10,80,18,1,3,150,'declaration');
INSERT INTO inline_calls VALUES(68,3,5,71,'abi.NoEscape',1,NULL,10,83,18,1,3,151,'declaration');
INSERT INTO inline_calls VALUES(69,3,5,71,'abi.NoEscape',1,NULL,10,86,18,1,3,152,'declaration');
INSERT INTO inline_calls VALUES(70,3,5,71,'abi.NoEscape',1,NULL,10,89,18,1,3,153,'declaration');
INSERT INTO inline_calls VALUES(71,3,5,73,'collect',1,NULL,10,114,9,1,3,154,'declaration');
INSERT INTO inline_calls VALUES(72,3,5,74,'(*Point).Move',1,NULL,10,125,9,1,3,155,'declaration');
INSERT INTO inline_calls VALUES(73,3,5,74,'fmt.Println',1,NULL,10,128,19,1,3,156,'declaration');
INSERT INTO inline_calls VALUES(74,3,5,78,'fmt.Println',1,NULL,11,11,13,1,3,157,'declaration');
INSERT INTO inline_calls VALUES(75,3,5,79,'newPoint',1,NULL,10,134,15,1,3,158,'declaration');
INSERT INTO inline_calls VALUES(76,3,5,79,'keep',1,NULL,10,135,6,1,3,159,'declaration');
INSERT INTO inline_calls VALUES(77,3,5,79,'pass',1,NULL,10,136,11,1,3,160,'declaration');
INSERT INTO inline_calls VALUES(78,3,5,79,'deref',1,NULL,10,137,12,1,3,161,'declaration');
INSERT INTO inline_calls VALUES(79,3,5,79,'Point.Dist',1,NULL,10,138,15,1,3,162,'declaration');
INSERT INTO inline_calls VALUES(80,3,5,79,'fact',1,NULL,10,144,18,1,3,163,'declaration');
INSERT INTO inline_calls VALUES(81,3,5,79,'bigArrays',1,NULL,10,144,45,1,3,164,'declaration');
INSERT INTO inline_calls VALUES(82,3,5,79,'literals',1,NULL,10,144,58,1,3,165,'declaration');
INSERT INTO inline_calls VALUES(83,3,5,79,'fmt.Println',1,NULL,10,144,13,1,3,166,'declaration');
INSERT INTO inline_calls VALUES(84,3,5,79,'fmt.Printf',1,NULL,10,146,12,1,3,167,'declaration');
INSERT INTO inline_calls VALUES(85,3,5,79,'store.New',1,NULL,10,152,17,1,3,168,'declaration');
INSERT INTO inline_calls VALUES(86,3,5,79,'store.(*Store).Put',1,NULL,10,154,8,1,3,169,'declaration');
INSERT INTO inline_calls VALUES(87,3,5,79,'store.(*Store).Write',1,NULL,10,155,10,1,3,170,'declaration');
INSERT INTO inline_calls VALUES(88,3,5,79,'store.(*Store).Consume',1,NULL,10,156,16,1,3,171,'declaration');
INSERT INTO inline_calls VALUES(89,3,5,79,'store.(*Store).Len',1,NULL,10,157,20,1,3,172,'declaration');
INSERT INTO inline_calls VALUES(90,3,5,79,'store.(*Store).Get',1,NULL,10,157,42,1,3,173,'declaration');
INSERT INTO inline_calls VALUES(91,3,5,79,'store.TagOf',1,NULL,10,157,35,1,3,174,'declaration');
INSERT INTO inline_calls VALUES(92,3,5,79,'store.Identity',1,NULL,10,157,64,1,3,175,'declaration');
INSERT INTO inline_calls VALUES(93,3,5,79,'store.(*Store).Keys',1,NULL,10,157,83,1,3,176,'declaration');
INSERT INTO inline_calls VALUES(94,3,5,79,'fmt.Println',1,NULL,10,157,13,1,3,177,'declaration');
INSERT INTO inline_calls VALUES(95,3,5,79,'abs',1,NULL,10,138,15,2,3,178,'declaration');
INSERT INTO inline_calls VALUES(96,3,5,79,'fact',0,'repeated recursive cycle',10,144,18,2,3,180,'compiler');
INSERT INTO inline_calls VALUES(97,3,5,79,'collect',1,NULL,10,144,58,1,3,181,'declaration');
INSERT INTO inline_calls VALUES(98,3,5,60,'Sum[go.shape.float64]',1,NULL,9,23,6,1,3,183,'declaration');
INSERT INTO inline_calls VALUES(99,3,5,58,'(*Box[go.shape.*uint8]).Add',1,NULL,9,37,6,1,3,184,'declaration');
INSERT INTO inline_calls VALUES(100,3,5,56,'Map[go.shape.int,go.shape.string]',1,NULL,9,14,6,1,3,185,'declaration');
INSERT INTO inline_calls VALUES(101,3,5,NULL,'Point.Dist',1,NULL,12,1,0,1,3,186,NULL);
INSERT INTO inline_calls VALUES(102,3,5,NULL,'abs',1,NULL,12,1,0,2,3,187,NULL);
INSERT INTO inline_calls VALUES(103,3,5,NULL,'(*Point).Move',1,NULL,12,1,0,1,3,189,NULL);
INSERT INTO inline_calls VALUES(104,4,6,92,'newPoint',1,NULL,13,50,15,1,4,10,'declaration');
INSERT INTO inline_calls VALUES(105,4,6,92,'store',1,NULL,13,52,7,1,4,11,'declaration');
INSERT INTO inline_calls VALUES(106,4,6,92,'remember',1,NULL,13,53,10,1,4,12,'declaration');
INSERT INTO inline_calls VALUES(107,4,6,92,'keep',1,NULL,13,54,11,1,4,13,'declaration');
INSERT INTO inline_calls VALUES(108,4,6,92,'total',1,NULL,13,55,36,1,4,14,'declaration');
INSERT INTO inline_calls VALUES(109,4,6,92,'sum',1,NULL,13,55,53,1,4,15,'declaration');
INSERT INTO inline_calls VALUES(110,4,6,92,'Rect.Area',1,NULL,13,55,36,1,4,17,'declaration');
INSERT INTO inline_calls VALUES(111,4,6,NULL,'Rect.Area',1,NULL,14,1,0,1,4,18,NULL);
INSERT INTO inline_calls VALUES(112,5,7,98,'fmt.Println',1,NULL,15,42,13,1,5,8,'declaration');
INSERT INTO inline_calls VALUES(113,5,7,100,'newPoint',1,NULL,15,51,15,1,5,11,'declaration');
INSERT INTO inline_calls VALUES(114,5,7,100,'store',1,NULL,15,53,7,1,5,12,'declaration');
INSERT INTO inline_calls VALUES(115,5,7,100,'remember',1,NULL,15,54,10,1,5,13,'declaration');
INSERT INTO inline_calls VALUES(116,5,7,100,'keep',1,NULL,15,55,11,1,5,14,'declaration');
INSERT INTO inline_calls VALUES(117,5,7,100,'total',1,NULL,15,56,36,1,5,15,'declaration');
INSERT INTO inline_calls VALUES(118,5,7,100,'Rect.Area',1,NULL,15,56,36,1,5,17,'declaration');
INSERT INTO inline_calls VALUES(119,5,7,NULL,'Rect.Area',1,NULL,16,1,0,1,5,18,NULL);
CREATE TABLE devirtualizations (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  package_id INTEGER NOT NULL REFERENCES packages(id),
  function_id INTEGER REFERENCES functions(id),
  call TEXT NOT NULL,
  target TEXT NOT NULL,
  partial INTEGER NOT NULL DEFAULT 0,
  file_id INTEGER NOT NULL REFERENCES files(id),
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  input_id INTEGER REFERENCES inputs(id),
  line_no INTEGER
, attribution TEXT);
INSERT INTO devirtualizations VALUES(1,4,6,92,'s.Area','Rect',0,13,55,36,4,16,'declaration');
INSERT INTO devirtualizations VALUES(2,5,7,100,'s.Area','Rect',0,15,56,36,5,16,'declaration');
CREATE TABLE captures (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  package_id INTEGER NOT NULL REFERENCES packages(id),
  function_id INTEGER REFERENCES functions(id),
  variable TEXT NOT NULL,
  by_ref INTEGER NOT NULL,
  addr INTEGER,
  assign INTEGER,
  width INTEGER,
  file_id INTEGER NOT NULL REFERENCES files(id),
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  input_id INTEGER REFERENCES inputs(id),
  line_no INTEGER
);
INSERT INTO captures VALUES(1,2,3,13,'byRef',1,1,1,8,3,10,3,2,71);
INSERT INTO captures VALUES(2,2,3,13,'byValue',0,0,0,8,3,10,12,2,72);
INSERT INTO captures VALUES(3,2,3,14,'count',1,1,1,8,3,18,4,2,73);
INSERT INTO captures VALUES(4,2,3,15,'i',1,1,1,8,3,27,41,2,74);
INSERT INTO captures VALUES(5,2,3,15,'byValue',0,0,0,8,3,27,45,2,75);
INSERT INTO captures VALUES(6,2,3,16,'byRef',1,1,1,8,3,30,21,2,76);
INSERT INTO captures VALUES(7,2,3,17,'byRef',1,1,1,8,3,30,29,2,77);
INSERT INTO captures VALUES(8,2,3,18,'p',0,0,0,8,4,125,3,2,78);
INSERT INTO captures VALUES(9,2,3,18,'done',0,0,0,8,4,126,3,2,79);
INSERT INTO captures VALUES(10,2,3,19,'p',0,0,0,8,4,129,26,2,80);
INSERT INTO captures VALUES(11,2,3,20,'move',0,0,0,8,4,142,21,2,81);
INSERT INTO captures VALUES(12,3,5,52,'count',1,0,1,8,8,22,15,3,198);
INSERT INTO captures VALUES(13,3,5,52,'i',1,0,1,8,8,26,6,3,199);
INSERT INTO captures VALUES(14,3,5,52,'byValue',0,0,0,8,8,7,2,3,204);
INSERT INTO captures VALUES(15,3,5,52,'byRef',1,0,1,8,8,8,2,3,205);
INSERT INTO captures VALUES(16,3,5,74,'p',0,0,0,8,10,123,2,3,467);
INSERT INTO captures VALUES(17,3,5,74,'done',0,0,0,8,10,122,2,3,468);
INSERT INTO captures VALUES(18,3,5,74,'.autotmp_2',0,0,0,16,10,128,20,3,469);
INSERT INTO captures VALUES(19,3,5,74,'.autotmp_3',0,0,0,16,10,128,33,3,470);
INSERT INTO captures VALUES(20,3,5,74,'p',0,0,0,8,10,123,2,3,471);
INSERT INTO captures VALUES(21,3,5,79,'move',0,0,0,8,10,140,2,3,593);
INSERT INTO captures VALUES(22,3,5,49,'count',1,0,1,8,8,16,3,3,906);
CREATE TABLE diagnostics (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  package_id INTEGER REFERENCES packages(id),
  class TEXT NOT NULL,
  kind TEXT NOT NULL,
  function TEXT,
  subject TEXT,
  message TEXT NOT NULL,
  file_id INTEGER REFERENCES files(id),
  line INTEGER,
  col INTEGER,
  input_id INTEGER REFERENCES inputs(id),
  line_no INTEGER NOT NULL,
  nlines INTEGER NOT NULL DEFAULT 1,
  truncated INTEGER NOT NULL DEFAULT 0
);
INSERT INTO diagnostics VALUES(1,2,2,'non_compiler','noise',NULL,NULL,'note: module requires Go 1.18',NULL,NULL,NULL,2,69,1,0);
INSERT INTO diagnostics VALUES(2,2,3,'non_compiler','noise',NULL,NULL,'note: module requires Go 1.18',NULL,NULL,NULL,2,606,1,0);
INSERT INTO diagnostics VALUES(3,3,5,'other_diagnostic','other',NULL,NULL,'./main.go:155:18: zero-copy string->[]byte conversion',10,155,18,3,812,1,0);
CREATE TABLE source_files (
  file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  stale INTEGER NOT NULL DEFAULT 0,
  stale_line INTEGER,
  stale_col INTEGER
);
CREATE TABLE function_extents (
  function_id INTEGER NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  start_line INTEGER NOT NULL,
  start_col INTEGER NOT NULL,
  end_line INTEGER NOT NULL,
  end_col INTEGER NOT NULL,
  PRIMARY KEY (function_id, file_id, start_line, start_col)
) WITHOUT ROWID;
CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
  label TEXT,
  path TEXT NOT NULL,
  kind TEXT NOT NULL,
  sample_types TEXT NOT NULL,
  period_type TEXT,
  period INTEGER,
  time_nanos INTEGER,
  duration_nanos INTEGER,
  total_bytes INTEGER NOT NULL DEFAULT 0,
  total_objects INTEGER NOT NULL DEFAULT 0,
  matched_bytes INTEGER NOT NULL DEFAULT 0,
  matched_objects INTEGER NOT NULL DEFAULT 0,
  total_cpu INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL
);
CREATE TABLE profile_sites (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  function TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  at_file TEXT NOT NULL,
  at_line INTEGER NOT NULL,
  allocator TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  objects INTEGER NOT NULL,
  event_id INTEGER REFERENCES events(id),
  joined TEXT
);
CREATE TABLE profile_functions (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  function TEXT NOT NULL,
  file TEXT NOT NULL,
  start_line INTEGER,
  flat INTEGER NOT NULL,
  cum INTEGER NOT NULL,
  function_id INTEGER REFERENCES functions(id)
);
CREATE TABLE profile_calls (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  caller TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  callee TEXT NOT NULL,
  cum INTEGER NOT NULL,
  inlined INTEGER NOT NULL
);
CREATE INDEX builds_label ON builds(label, id);
CREATE INDEX inputs_build ON inputs(build_id);
CREATE INDEX functions_decl ON functions(build_id, file_id, line);
CREATE INDEX explanations_pos ON explanations(build_id, file_id, line);
CREATE INDEX explanations_event ON explanations(event_id);
CREATE INDEX flows_explanation ON flows(explanation_id, seq);
CREATE INDEX steps_explanation ON steps(explanation_id, flow_id, seq);
CREATE UNIQUE INDEX inline_calls_key ON inline_calls(build_id, package_id, callee, inlined, file_id, line, col);
CREATE INDEX devirtualizations_pos ON devirtualizations(build_id, file_id, line);
CREATE INDEX diagnostics_build ON diagnostics(build_id, class);
CREATE VIEW function_inlining AS
  SELECT f.build_id, p.path AS package, p.variant, f.name AS function,
         fl.path AS file, f.line, f.inlinable, f.cost, f.budget, f.reason,
         (SELECT COUNT(*) FROM inline_calls c WHERE c.build_id = f.build_id
            AND c.inlined = 1 AND ((c.package_id = f.package_id
            AND c.callee = f.name) OR c.callee = p.name || '.' || f.name))
            AS inlined_sites
  FROM functions f JOIN packages p ON p.id = f.package_id
  LEFT JOIN files fl ON fl.id = f.file_id;
CREATE UNIQUE INDEX events_key ON events(build_id, package_id, kind, subject, IFNULL(target, ''), file_id, line, col, IFNULL(function_id, 0));
CREATE INDEX source_files_build ON source_files(build_id);
CREATE VIEW function_escapes AS
  SELECT e.build_id, p.path AS package, p.variant, f.name AS function,
         SUM((e.kind = 'heap_escape') * e.count) AS heap_escapes,
         SUM((e.kind = 'moved_to_heap') * e.count) AS moved_to_heap,
         SUM((e.kind LIKE 'leaking_param%') * e.count) AS leaking_params,
         SUM((e.kind = 'does_not_escape') * e.count) AS does_not_escape
  FROM events e JOIN packages p ON p.id = e.package_id
  LEFT JOIN functions f ON f.id = e.function_id
  GROUP BY e.build_id, e.package_id, e.function_id;
CREATE VIEW package_heap AS
  SELECT e.build_id, p.path AS package, p.variant,
         SUM((e.kind = 'heap_escape') * e.count) AS heap_escapes,
         SUM((e.kind = 'moved_to_heap') * e.count) AS moved_to_heap,
         SUM((e.kind IN ('heap_escape', 'moved_to_heap')) * e.count) AS heap_allocations,
         SUM((e.kind LIKE 'leaking_param%') * e.count) AS leaking_params
  FROM events e JOIN packages p ON p.id = e.package_id
  GROUP BY e.build_id, e.package_id;
CREATE INDEX profiles_build ON profiles(build_id);
CREATE INDEX profile_sites_event ON profile_sites(event_id);
CREATE INDEX profile_sites_profile ON profile_sites(profile_id);
CREATE INDEX profile_functions_function ON profile_functions(function_id);
CREATE INDEX profile_calls_profile ON profile_calls(profile_id);
CREATE VIEW event_allocs AS
  SELECT event_id, SUM(bytes) AS alloc_bytes, SUM(objects) AS alloc_objects
  FROM profile_sites WHERE event_id IS NOT NULL GROUP BY event_id;
CREATE VIEW function_cpu AS
  SELECT function_id, SUM(flat) AS cpu_flat, SUM(cum) AS cpu_cum
  FROM profile_functions WHERE function_id IS NOT NULL GROUP BY function_id;
COMMIT;
