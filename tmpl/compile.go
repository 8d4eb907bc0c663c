package tmpl

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"sync"
	"sync/atomic"
	"text/template"
	"text/template/parse"
	"time"
)

// The compiled executor: each block's parse tree is turned once, when first run,
// into closures that do what text/template's walk does for the node kinds
// and functions our texts use, without its per-node interpretation and
// reflective calls of the helpers. It mirrors text/template's semantics
// (text/template/exec.go) where it answers at all; a block using anything
// else is not compiled, and anything unexpected while rendering (a type,
// a nil, an error) gives up with errFallback, the render is started again
// by text/template and so ends the way it always did. A test mode renders
// every call both ways and panics on a difference (CheckEnv).

// errFallback says the compiled executor does not answer this render.
var errFallback = errors.New("tmpl: not compiled")

type (
	// run writes a node's output for dot.
	run func(s *state, dot reflect.Value) error
	// eval evaluates an expression for dot.
	eval func(s *state, dot reflect.Value) (reflect.Value, error)
	// cmd evaluates a command of a pipeline; final is the previous
	// command's value, absent for the first (known when compiling).
	cmd func(s *state, dot, final reflect.Value) (reflect.Value, error)
)

type variable struct {
	name  string
	value reflect.Value
}

// state is one render's: its output, variables and template depth.
type state struct {
	progs *blocks
	out   *bytes.Buffer
	vars  []variable
	depth int
	// nested, when blocks rendered are recorded (SeenEnv), collects the
	// names of those run through {{template}}.
	nested *[]string
}

func (s *state) mark() int    { return len(s.vars) }
func (s *state) pop(mark int) { s.vars = s.vars[:mark] }
func (s *state) push(name string, v reflect.Value) {
	s.vars = append(s.vars, variable{name, v})
}

func (s *state) varValue(name string) (reflect.Value, error) {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value, nil
		}
	}
	return reflect.Value{}, errFallback
}

func (s *state) setVar(name string, v reflect.Value) error {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = v
			return nil
		}
	}
	return errFallback
}

// maxDepth bounds template recursion as text/template does (it errors
// past 100000; we give up long before).
const maxDepth = 1000

// compiler turns the templates of one set into programs.
type compiler struct {
	funcs template.FuncMap
}

// blocks are a set's blocks compiled to programs, each the first time it
// is rendered: a set is built per router (per test, per replay) and most
// render a few of their hundreds of blocks, so compiling them all at load
// was most of a short test's CPU. A block that does not compile is
// remembered as nil and left to text/template. Safe for concurrent use.
type blocks struct {
	t *template.Template
	c compiler
	m sync.Map // name → run, nil when not compiled
}

// newBlocks is t's blocks, each compiled when first run (get).
func newBlocks(t *template.Template, funcs template.FuncMap) *blocks {
	return &blocks{t: t, c: compiler{funcs: funcs}}
}

// get is the program of block name, compiling it if it is the first
// call; false when it does not compile (or b is nil: none compiled).
func (b *blocks) get(name string) (run, bool) {
	if b == nil {
		return nil, false
	}
	v, ok := b.m.Load(name)
	if !ok {
		var p run
		if tt := b.t.Lookup(name); tt != nil && tt.Tree != nil && tt.Root != nil {
			if c, err := b.c.list(tt.Root); err == nil {
				p = c
			}
		}
		v, _ = b.m.LoadOrStore(name, p)
	}
	p := v.(run)
	return p, p != nil
}

// set makes p block name's program (tests).
func (b *blocks) set(name string, p run) { b.m.Store(name, p) }

// execute renders the compiled block name into out; errFallback (or any
// error) means out is to be discarded and text/template asked instead.
// nested, if not nil, gets the names of the blocks run through
// {{template}}.
func execute(progs *blocks, states *sync.Pool, name string, out *bytes.Buffer, data any, nested *[]string) (err error) {
	p, ok := progs.get(name)
	if !ok {
		return errFallback
	}
	defer func() {
		// a helper's panic: text/template recovers it into its error
		if recover() != nil {
			err = errFallback
		}
	}()
	dot := reflect.ValueOf(data)
	s, _ := states.Get().(*state)
	if s == nil {
		s = &state{}
	}
	defer func() {
		clear(s.vars[:cap(s.vars)]) // hold no data while pooled
		*s = state{vars: s.vars[:0]}
		states.Put(s)
	}()
	*s = state{progs: progs, out: out, vars: append(s.vars[:0], variable{"$", dot}), nested: nested}
	return p(s, dot)
}

func (c *compiler) list(l *parse.ListNode) (run, error) {
	if l == nil {
		return func(*state, reflect.Value) error { return nil }, nil
	}
	var runs []run
	for _, n := range l.Nodes {
		r, err := c.node(n)
		if err != nil {
			return nil, err
		}
		if r != nil {
			runs = append(runs, r)
		}
	}
	switch len(runs) {
	case 0:
		return func(*state, reflect.Value) error { return nil }, nil
	case 1:
		return runs[0], nil
	}
	return func(s *state, dot reflect.Value) error {
		for _, r := range runs {
			if err := r(s, dot); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

func (c *compiler) node(n parse.Node) (run, error) {
	switch n := n.(type) {
	case *parse.TextNode:
		text := n.Text
		return func(s *state, _ reflect.Value) error { s.out.Write(text); return nil }, nil
	case *parse.CommentNode:
		return nil, nil
	case *parse.ActionNode:
		pipe, err := c.pipe(n.Pipe)
		if err != nil {
			return nil, err
		}
		if len(n.Pipe.Decl) > 0 {
			return func(s *state, dot reflect.Value) error { _, err := pipe(s, dot); return err }, nil
		}
		return func(s *state, dot reflect.Value) error {
			v, err := pipe(s, dot)
			if err != nil {
				return err
			}
			return printValue(s.out, v)
		}, nil
	case *parse.IfNode:
		return c.ifOrWith(false, n.Pipe, n.List, n.ElseList)
	case *parse.WithNode:
		return c.ifOrWith(true, n.Pipe, n.List, n.ElseList)
	case *parse.RangeNode:
		return c.rangeNode(n)
	case *parse.TemplateNode:
		return c.templateNode(n)
	case *parse.ListNode:
		return c.list(n)
	}
	return nil, errFallback
}

// ifOrWith is walkIfOrWith.
func (c *compiler) ifOrWith(with bool, p *parse.PipeNode, l, elseList *parse.ListNode) (run, error) {
	pipe, then, els, err := c.branches(p, l, elseList)
	if err != nil {
		return nil, err
	}
	return func(s *state, dot reflect.Value) error {
		defer s.pop(s.mark())
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		truth, ok := isTrue(indirectInterface(v))
		if !ok {
			return errFallback
		}
		if truth {
			if with {
				return then(s, v)
			}
			return then(s, dot)
		}
		if els != nil {
			return els(s, dot)
		}
		return nil
	}, nil
}

// branches compiles what if, with and range share: the pipeline, the
// body and the else branch (nil when there is none).
func (c *compiler) branches(p *parse.PipeNode, l, elseList *parse.ListNode) (pipe eval, body, els run, err error) {
	if pipe, err = c.pipe(p); err != nil {
		return nil, nil, nil, err
	}
	if body, err = c.list(l); err != nil {
		return nil, nil, nil, err
	}
	if elseList != nil {
		if els, err = c.list(elseList); err != nil {
			return nil, nil, nil, err
		}
	}
	return pipe, body, els, nil
}

// rangeNode is walkRange for slices and arrays (and the nothing of an
// invalid value); anything else falls back.
func (c *compiler) rangeNode(r *parse.RangeNode) (run, error) {
	if r.Pipe.IsAssign {
		return nil, errFallback
	}
	pipe, body, els, err := c.branches(r.Pipe, r.List, r.ElseList)
	if err != nil {
		return nil, err
	}
	decls := len(r.Pipe.Decl)
	return func(s *state, dot reflect.Value) error {
		defer s.pop(s.mark())
		pv, err := pipe(s, dot)
		if err != nil {
			return err
		}
		val, _ := indirect(pv)
		mark := s.mark()
		switch val.Kind() {
		case reflect.Array, reflect.Slice:
			if val.Len() == 0 {
				break
			}
			for i := 0; i < val.Len(); i++ {
				elem := val.Index(i)
				if decls > 0 {
					s.vars[len(s.vars)-1].value = elem
				}
				if decls > 1 {
					s.vars[len(s.vars)-2].value = reflect.ValueOf(i)
				}
				err := body(s, elem)
				s.pop(mark)
				if err != nil {
					return err
				}
			}
			return nil
		case reflect.Invalid:
		default:
			return errFallback
		}
		if els != nil {
			return els(s, dot)
		}
		return nil
	}, nil
}

// templateNode is walkTemplate: the block runs with the pipeline's value
// as dot and as $, and no other variables.
func (c *compiler) templateNode(t *parse.TemplateNode) (run, error) {
	name := t.Name
	pipe := func(*state, reflect.Value) (reflect.Value, error) { return reflect.Value{}, nil }
	if t.Pipe != nil {
		var err error
		if pipe, err = c.pipe(t.Pipe); err != nil {
			return nil, err
		}
	}
	return func(s *state, dot reflect.Value) error {
		p, ok := s.progs.get(name)
		if !ok || s.depth >= maxDepth {
			return errFallback
		}
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		if s.nested != nil {
			*s.nested = append(*s.nested, name)
		}
		sub := state{progs: s.progs, out: s.out, vars: []variable{{"$", v}}, depth: s.depth + 1, nested: s.nested}
		return p(&sub, v)
	}, nil
}

// pipe is evalPipeline, declarations included.
func (c *compiler) pipe(p *parse.PipeNode) (eval, error) {
	if p == nil {
		return nil, errFallback
	}
	cmds := make([]cmd, len(p.Cmds))
	for i, n := range p.Cmds {
		var err error
		if cmds[i], err = c.command(n, i > 0); err != nil {
			return nil, err
		}
	}
	var decls []string
	for _, d := range p.Decl {
		if len(d.Ident) != 1 {
			return nil, errFallback
		}
		decls = append(decls, d.Ident[0])
	}
	assign := p.IsAssign
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		var v reflect.Value
		for _, cmd := range cmds {
			var err error
			if v, err = cmd(s, dot, v); err != nil {
				return v, err
			}
			if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
				v = v.Elem()
			}
		}
		for _, d := range decls {
			if assign {
				if err := s.setVar(d, v); err != nil {
					return v, err
				}
			} else {
				s.push(d, v)
			}
		}
		return v, nil
	}, nil
}

// command is evalCommand; hasFinal says a previous command's value is
// passed on as the last argument.
func (c *compiler) command(n *parse.CommandNode, hasFinal bool) (cmd, error) {
	first := n.Args[0]
	switch w := first.(type) {
	case *parse.FieldNode:
		if len(n.Args) > 1 || hasFinal {
			return nil, errFallback // methods with arguments
		}
		chain := fieldChain(w.Ident)
		return func(s *state, dot, _ reflect.Value) (reflect.Value, error) { return chain(dot) }, nil
	case *parse.VariableNode:
		if len(n.Args) > 1 || hasFinal {
			return nil, errFallback
		}
		e := variableNode(w)
		return alone(e), nil
	case *parse.IdentifierNode:
		return c.function(w.Ident, n.Args[1:], hasFinal)
	case *parse.ChainNode:
		if len(n.Args) > 1 || hasFinal {
			return nil, errFallback
		}
	}
	if len(n.Args) > 1 || hasFinal {
		return nil, errFallback
	}
	e, err := c.operand(first)
	if err != nil {
		return nil, err
	}
	return alone(e), nil
}

// alone is a command of e, which takes no previous command's value.
func alone(e eval) cmd {
	return func(s *state, dot, _ reflect.Value) (reflect.Value, error) { return e(s, dot) }
}

// operand evaluates a node standing alone (a command's only word, or a
// builtin's argument, which text/template takes as it is).
func (c *compiler) operand(n parse.Node) (eval, error) {
	switch w := n.(type) {
	case *parse.FieldNode:
		chain := fieldChain(w.Ident)
		return func(_ *state, dot reflect.Value) (reflect.Value, error) { return chain(dot) }, nil
	case *parse.VariableNode:
		return variableNode(w), nil
	case *parse.DotNode:
		return func(_ *state, dot reflect.Value) (reflect.Value, error) { return dot, nil }, nil
	case *parse.PipeNode:
		if len(w.Decl) > 0 {
			return nil, errFallback
		}
		return c.pipe(w)
	case *parse.IdentifierNode:
		f, err := c.function(w.Ident, nil, false)
		if err != nil {
			return nil, err
		}
		return func(s *state, dot reflect.Value) (reflect.Value, error) { return f(s, dot, reflect.Value{}) }, nil
	case *parse.ChainNode:
		// evalChainNode: fields of a parenthesized pipeline's value
		p, ok := w.Node.(*parse.PipeNode)
		if !ok {
			return nil, errFallback
		}
		e, err := c.operand(p)
		if err != nil {
			return nil, err
		}
		chain := fieldChain(w.Field)
		return func(s *state, dot reflect.Value) (reflect.Value, error) {
			v, err := e(s, dot)
			if err != nil {
				return v, err
			}
			return chain(v)
		}, nil
	case *parse.StringNode:
		return constant(reflect.ValueOf(w.Text)), nil
	case *parse.BoolNode:
		return constant(reflect.ValueOf(w.True)), nil
	case *parse.NumberNode:
		if !plainInt(w.Text) || !w.IsInt || int64(int(w.Int64)) != w.Int64 {
			return nil, errFallback
		}
		return constant(reflect.ValueOf(int(w.Int64))), nil
	}
	return nil, errFallback
}

// constant evaluates to v whatever the state and dot.
func constant(v reflect.Value) eval {
	return func(*state, reflect.Value) (reflect.Value, error) { return v, nil }
}

// plainInt reports whether a number is written in decimal digits, which
// text/template's idealConstant reads as an int.
func plainInt(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func variableNode(v *parse.VariableNode) eval {
	name := v.Ident[0]
	if len(v.Ident) == 1 {
		return func(s *state, _ reflect.Value) (reflect.Value, error) { return s.varValue(name) }
	}
	chain := fieldChain(v.Ident[1:])
	return func(s *state, _ reflect.Value) (reflect.Value, error) {
		r, err := s.varValue(name)
		if err != nil {
			return r, err
		}
		return chain(r)
	}
}

// fieldChain is evalFieldChain without arguments.
func fieldChain(idents []string) func(reflect.Value) (reflect.Value, error) {
	fields := make([]func(reflect.Value) (reflect.Value, error), len(idents))
	for i, id := range idents {
		fields[i] = field(id)
	}
	return func(v reflect.Value) (reflect.Value, error) {
		for _, f := range fields {
			var err error
			if v, err = f(v); err != nil {
				return v, err
			}
		}
		return v, nil
	}
}

// field is evalField without arguments: a method of the receiver's
// (pointer) type first, then a struct field or a map entry. What a type
// resolves to is kept for the next render, which almost always brings
// the same type.
func field(name string) func(reflect.Value) (reflect.Value, error) {
	key := reflect.ValueOf(name)
	var last atomic.Pointer[fieldPlan]
	return func(receiver reflect.Value) (reflect.Value, error) {
		if !receiver.IsValid() {
			return reflect.Value{}, nil
		}
		receiver, isNil := indirect(receiver)
		if isNil {
			return reflect.Value{}, errFallback
		}
		addr := receiver.CanAddr()
		p := last.Load()
		if p == nil || p.typ != receiver.Type() || p.addr != addr {
			p = planField(receiver.Type(), addr, name, key)
			last.Store(p)
		}
		switch {
		case p.method >= 0:
			ptr := receiver
			if addr {
				ptr = ptr.Addr()
			}
			return callMethod(ptr.Method(p.method))
		case p.index != nil:
			return receiver.FieldByIndexErr(p.index)
		case p.anyMap:
			// most data is a map[string]any: an entry read without the
			// copy MapIndex makes, but for a nil one, which MapIndex
			// gives as a nil interface rather than as no value
			m, _ := reflect.TypeAssert[map[string]any](receiver)
			x, found := m[name]
			if !found {
				return reflect.Value{}, nil
			}
			if x != nil {
				return reflect.ValueOf(x), nil
			}
			return receiver.MapIndex(key), nil
		case p.isMap:
			return receiver.MapIndex(key), nil // invalid when missing
		}
		return reflect.Value{}, errFallback
	}
}

// fieldPlan is what a field name is in a type: a method, a struct field,
// a map key, or none of those the compiled executor takes.
type fieldPlan struct {
	typ    reflect.Type
	addr   bool // the receiver is addressable: its pointer's methods count
	method int  // index in the (pointer) type's methods, or -1
	index  []int
	isMap  bool
	anyMap bool // a map[string]any
}

func planField(t reflect.Type, addr bool, name string, key reflect.Value) *fieldPlan {
	p := &fieldPlan{typ: t, addr: addr, method: -1}
	pt := t
	if addr {
		pt = reflect.PointerTo(t)
	}
	if m, ok := pt.MethodByName(name); ok {
		p.method = m.Index
		return p
	}
	switch t.Kind() {
	case reflect.Struct:
		if f, ok := t.FieldByName(name); ok && f.IsExported() {
			p.index = f.Index
		}
	case reflect.Map:
		p.isMap = key.Type().AssignableTo(t.Key())
		p.anyMap = t == anyMapType
	}
	return p
}

var anyMapType = reflect.TypeFor[map[string]any]()

var errorType = reflect.TypeFor[error]()

// callMethod calls a method without arguments returning a value, or a
// value and an error.
func callMethod(m reflect.Value) (reflect.Value, error) {
	t := m.Type()
	// a method with only variadic arguments is called with none, as
	// text/template does (Report.LastWork)
	if t.NumIn() != 0 && (t.NumIn() != 1 || !t.IsVariadic()) || !returnsValue(t) {
		return reflect.Value{}, errFallback
	}
	return result(m.Call(nil))
}

// returnsValue reports whether a function of type t returns what a
// template takes from a call: one value, or a value and an error, and no
// reflect.Value.
func returnsValue(t reflect.Type) bool {
	switch {
	case t.NumOut() == 1:
	case t.NumOut() == 2 && t.Out(1) == errorType:
	default:
		return false
	}
	return t.Out(0) != reflectValueType
}

// result is a call's value; an error returned falls back.
func result(out []reflect.Value) (reflect.Value, error) {
	if len(out) == 2 && !out[1].IsNil() {
		return reflect.Value{}, errFallback
	}
	return out[0], nil
}

var reflectValueType = reflect.TypeFor[reflect.Value]()

// function compiles a call of a helper of the set or a builtin, as
// evalFunction does: the set's helpers first.
func (c *compiler) function(name string, args []parse.Node, hasFinal bool) (cmd, error) {
	if f, ok := c.funcs[name]; ok {
		return c.helper(reflect.ValueOf(f), args, hasFinal)
	}
	if hasFinal {
		return nil, errFallback
	}
	ops := make([]eval, len(args))
	for i, a := range args {
		var err error
		if ops[i], err = c.operand(a); err != nil {
			return nil, err
		}
	}
	b, err := builtin(name, ops)
	if err != nil {
		return nil, err
	}
	return alone(b), nil
}

// helper compiles a call of one of the set's functions: each argument is
// evaluated and checked against its parameter as evalArg does; the common
// signatures are called directly, the others through reflect.
func (c *compiler) helper(fn reflect.Value, args []parse.Node, hasFinal bool) (cmd, error) {
	t := fn.Type()
	n := len(args)
	if hasFinal {
		n++
	}
	if t.IsVariadic() || t.NumIn() != n || !returnsValue(t) {
		return nil, errFallback
	}
	argv := make([]eval, len(args))
	for i, a := range args {
		var err error
		if argv[i], err = c.arg(a, t.In(i)); err != nil {
			return nil, err
		}
	}
	var finalType reflect.Type
	if hasFinal {
		finalType = t.In(n - 1)
	}
	h := &helperArgs{argv: argv, final: finalType}
	if call := direct(fn); call != nil {
		return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
			var vs [2]reflect.Value // direct's signatures have at most 2
			if err := h.fill(vs[:n], s, dot, final); err != nil {
				return reflect.Value{}, err
			}
			return call(vs[0], vs[1])
		}, nil
	}
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		vs := make([]reflect.Value, n)
		if err := h.fill(vs, s, dot, final); err != nil {
			return reflect.Value{}, err
		}
		return result(fn.Call(vs))
	}, nil
}

// helperArgs evaluates a helper's arguments.
type helperArgs struct {
	argv  []eval
	final reflect.Type // the last parameter's, when the pipeline passes it
}

// fill evaluates the arguments into vs, one for each parameter.
func (h *helperArgs) fill(vs []reflect.Value, s *state, dot, final reflect.Value) error {
	if err := evalInto(vs, h.argv, s, dot); err != nil {
		return err
	}
	if h.final != nil {
		v, err := validate(final, h.final)
		if err != nil {
			return err
		}
		vs[len(vs)-1] = v
	}
	return nil
}

// direct calls the helper signatures our texts use without reflect.
// The arguments are already checked to be of the parameters' types.
func direct(fn reflect.Value) func(a0, a1 reflect.Value) (reflect.Value, error) {
	ok := func(s string) (reflect.Value, error) { return reflect.ValueOf(s), nil }
	switch f := fn.Interface().(type) {
	case func(string) string:
		return func(a0, a1 reflect.Value) (reflect.Value, error) { return ok(f(a0.String())) }
	case func([]string) string:
		return func(a0, a1 reflect.Value) (reflect.Value, error) { return ok(f(as[[]string](a0))) }
	case func([]string, string) string:
		return func(a0, a1 reflect.Value) (reflect.Value, error) { return ok(f(as[[]string](a0), a1.String())) }
	case func(time.Time) string:
		return func(a0, a1 reflect.Value) (reflect.Value, error) { return ok(f(as[time.Time](a0))) }
	case func(time.Time, time.Time) string:
		return func(a0, a1 reflect.Value) (reflect.Value, error) {
			return ok(f(as[time.Time](a0), as[time.Time](a1)))
		}
	case func(time.Duration) string:
		return func(a0, a1 reflect.Value) (reflect.Value, error) { return ok(f(as[time.Duration](a0))) }
	case func(int) int:
		return func(a0, a1 reflect.Value) (reflect.Value, error) { return reflect.ValueOf(f(int(a0.Int()))), nil }
	}
	return nil
}

// as reads an argument of a parameter of type T (assignable to it, so
// of type T or of its underlying type).
func as[T any](v reflect.Value) T {
	if x, ok := reflect.TypeAssert[T](v); ok { // without boxing v
		return x
	}
	return v.Convert(reflect.TypeFor[T]()).Interface().(T)
}

// arg is evalArg: an argument for a parameter of type t.
func (c *compiler) arg(n parse.Node, t reflect.Type) (eval, error) {
	switch w := n.(type) {
	case *parse.DotNode, *parse.FieldNode, *parse.VariableNode, *parse.PipeNode, *parse.IdentifierNode:
		e, err := c.operand(w)
		if err != nil {
			return nil, err
		}
		return func(s *state, dot reflect.Value) (reflect.Value, error) {
			v, err := e(s, dot)
			if err != nil {
				return v, err
			}
			return validate(v, t)
		}, nil
	case *parse.StringNode:
		if t.Kind() != reflect.String {
			return nil, errFallback
		}
		v := reflect.New(t).Elem()
		v.SetString(w.Text)
		return constant(v), nil
	case *parse.NumberNode:
		switch t.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		default:
			return nil, errFallback
		}
		if !w.IsInt {
			return nil, errFallback
		}
		v := reflect.New(t).Elem()
		v.SetInt(w.Int64)
		return constant(v), nil
	case *parse.BoolNode:
		if t.Kind() != reflect.Bool {
			return nil, errFallback
		}
		v := reflect.New(t).Elem()
		v.SetBool(w.True)
		return constant(v), nil
	}
	return nil, errFallback
}

// validate is validateType for the cases it accepts without an error,
// but the pointer ones, which fall back.
func validate(v reflect.Value, t reflect.Type) (reflect.Value, error) {
	if !v.IsValid() {
		if canBeNil(t) {
			return reflect.Zero(t), nil
		}
		return v, errFallback
	}
	if v.Type().AssignableTo(t) {
		return v, nil
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		if e := v.Elem(); e.Type().AssignableTo(t) {
			return e, nil
		}
	}
	return v, errFallback
}

func canBeNil(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	case reflect.Struct:
		return t == reflectValueType
	}
	return false
}

// builtin compiles the builtins our texts use, on their arguments taken
// as they are; the others fall back.
func builtin(name string, ops []eval) (eval, error) {
	switch name {
	case "and", "or":
		return andOr(ops, name == "or")
	case "not":
		return unary(ops, not)
	case "len":
		return unary(ops, length)
	case "index":
		return binary(ops, index)
	case "print":
		return sprint(ops), nil
	case "ne":
		return binary(ops, notEqual)
	case "eq":
		return eqAny(ops)
	case "lt", "le", "gt", "ge":
		return binary(ops, ordered(name))
	}
	return nil, errFallback
}

// evalInto evaluates ops for dot into vs, in order, up to the first error.
func evalInto(vs []reflect.Value, ops []eval, s *state, dot reflect.Value) error {
	for i, op := range ops {
		v, err := op(s, dot)
		if err != nil {
			return err
		}
		vs[i] = v
	}
	return nil
}

// unary compiles a builtin of exactly one argument.
func unary(ops []eval, f func(a reflect.Value) (reflect.Value, error)) (eval, error) {
	if len(ops) != 1 {
		return nil, errFallback
	}
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		a, err := ops[0](s, dot)
		if err != nil {
			return a, err
		}
		return f(a)
	}, nil
}

// binary compiles a builtin of exactly two arguments.
func binary(ops []eval, f func(a, b reflect.Value) (reflect.Value, error)) (eval, error) {
	if len(ops) != 2 {
		return nil, errFallback
	}
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		a, err := ops[0](s, dot)
		if err != nil {
			return a, err
		}
		b, err := ops[1](s, dot)
		if err != nil {
			return b, err
		}
		return f(a, b)
	}, nil
}

// andOr is and (or false) and or (or true): the arguments are evaluated
// in order up to the first whose truth is or, which is the value; else
// the last one is.
func andOr(ops []eval, or bool) (eval, error) {
	if len(ops) == 0 {
		return nil, errFallback
	}
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		var v reflect.Value
		for _, op := range ops {
			var err error
			if v, err = op(s, dot); err != nil {
				return v, err
			}
			if t, _ := isTrue(indirectInterface(v)); t == or {
				return v, nil
			}
		}
		return v, nil
	}, nil
}

// not is the builtin not.
func not(v reflect.Value) (reflect.Value, error) {
	t, _ := isTrue(indirectInterface(v))
	return reflect.ValueOf(!t), nil
}

// length is the builtin len.
func length(v reflect.Value) (reflect.Value, error) {
	v, isNil := indirect(v)
	if isNil {
		return v, errFallback
	}
	switch v.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		return reflect.ValueOf(v.Len()), nil
	}
	return v, errFallback
}

// sprint is the builtin print: fmt.Sprint of the arguments, all valid.
func sprint(ops []eval) eval {
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		vs := make([]reflect.Value, len(ops))
		if err := evalInto(vs, ops, s, dot); err != nil {
			return reflect.Value{}, err
		}
		as := make([]any, len(vs))
		for i, v := range vs {
			if !v.IsValid() {
				return v, errFallback
			}
			as[i] = v.Interface()
		}
		return reflect.ValueOf(fmt.Sprint(as...)), nil
	}
}

// notEqual is the builtin ne.
func notEqual(a, b reflect.Value) (reflect.Value, error) {
	eq, err := equal(a, b)
	return reflect.ValueOf(!eq), err
}

// eqAny is the builtin eq: eq a b c is a == b || a == c, in that order,
// once all are evaluated, as for any call.
func eqAny(ops []eval) (eval, error) {
	if len(ops) < 2 {
		return nil, errFallback
	}
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		vs := make([]reflect.Value, len(ops))
		if err := evalInto(vs, ops, s, dot); err != nil {
			return reflect.Value{}, err
		}
		for _, b := range vs[1:] {
			if eq, err := equal(vs[0], b); err != nil || eq {
				return reflect.ValueOf(eq), err
			}
		}
		return reflect.ValueOf(false), nil
	}, nil
}

// ordered is the builtin lt, le, gt or ge (name): compare's order of its
// two arguments tested as name says.
func ordered(name string) func(a, b reflect.Value) (reflect.Value, error) {
	holds := func(c int) bool { return c >= 0 } // ge
	switch name {
	case "lt":
		holds = func(c int) bool { return c < 0 }
	case "le":
		holds = func(c int) bool { return c <= 0 }
	case "gt":
		holds = func(c int) bool { return c > 0 }
	}
	return func(a, b reflect.Value) (reflect.Value, error) {
		c, err := compare(a, b)
		return reflect.ValueOf(holds(c)), err
	}
}

// equal is eq for two booleans, integers or strings.
func equal(a, b reflect.Value) (bool, error) {
	a, b = indirectInterface(a), indirectInterface(b)
	ka, kb := kind(a), kind(b)
	if ka != kb || ka == 0 {
		return false, errFallback
	}
	switch ka {
	case kindBool:
		return a.Bool() == b.Bool(), nil
	case kindInt:
		return a.Int() == b.Int(), nil
	}
	return a.String() == b.String(), nil
}

// compare is lt's order for two integers or strings.
func compare(a, b reflect.Value) (int, error) {
	a, b = indirectInterface(a), indirectInterface(b)
	ka, kb := kind(a), kind(b)
	if ka != kb {
		return 0, errFallback
	}
	switch ka {
	case kindInt:
		return cmp.Compare(a.Int(), b.Int()), nil
	case kindString:
		return cmp.Compare(a.String(), b.String()), nil
	}
	return 0, errFallback
}

const (
	kindBool = iota + 1
	kindInt
	kindString
)

func kind(v reflect.Value) int {
	if !v.IsValid() {
		return 0
	}
	switch v.Kind() {
	case reflect.Bool:
		return kindBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return kindInt
	case reflect.String:
		return kindString
	}
	return 0
}

// index is the builtin for one index into a slice, an array or a map
// with string keys.
func index(item, i reflect.Value) (reflect.Value, error) {
	item, isNil := indirect(item)
	if isNil || !item.IsValid() {
		return item, errFallback
	}
	i = indirectInterface(i)
	switch item.Kind() {
	case reflect.Array, reflect.Slice:
		if kind(i) != kindInt {
			return item, errFallback
		}
		x := i.Int()
		if x < 0 || x >= int64(item.Len()) {
			return item, errFallback
		}
		return item.Index(int(x)), nil
	case reflect.Map:
		if !i.IsValid() || i.Type() != item.Type().Key() {
			return item, errFallback
		}
		if x := item.MapIndex(i); x.IsValid() {
			return x, nil
		}
		return reflect.Zero(item.Type().Elem()), nil
	}
	return item, errFallback
}

func indirect(v reflect.Value) (rv reflect.Value, isNil bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// isTrue is text/template's.
func isTrue(v reflect.Value) (truth, ok bool) {
	if !v.IsValid() {
		return false, true
	}
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() > 0, true
	case reflect.Bool:
		return v.Bool(), true
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.UnsafePointer, reflect.Interface:
		return !v.IsNil(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() != 0, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() != 0, true
	case reflect.Struct:
		return true, true
	}
	return false, false
}

var (
	stringType    = reflect.TypeFor[string]()
	intType       = reflect.TypeFor[int]()
	fmtStringType = reflect.TypeFor[fmt.Stringer]()
)

// printValue is text/template's printValue: plain strings and ints
// written as they are, the rest through fmt as it does.
func printValue(out *bytes.Buffer, v reflect.Value) error {
	switch {
	case !v.IsValid():
	case v.Type() == stringType:
		out.WriteString(v.String())
		return nil
	case v.Type() == intType:
		out.WriteString(strconv.FormatInt(v.Int(), 10))
		return nil
	}
	if v.Kind() == reflect.Pointer {
		v, _ = indirect(v)
	}
	if !v.IsValid() {
		out.WriteString("<no value>")
		return nil
	}
	if !v.Type().Implements(errorType) && !v.Type().Implements(fmtStringType) {
		if v.CanAddr() && (reflect.PointerTo(v.Type()).Implements(errorType) || reflect.PointerTo(v.Type()).Implements(fmtStringType)) {
			v = v.Addr()
		} else if k := v.Kind(); k == reflect.Chan || k == reflect.Func {
			return errFallback
		}
	}
	_, err := fmt.Fprint(out, v.Interface())
	return err
}
