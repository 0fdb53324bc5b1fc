"""The YAML reader: text kept as written, positions kept, dangerous YAML refused."""

from nato_kg.yamlsafe import Mapping, read_yaml


def test_values_keep_their_text_not_yaml11_types():
    value, issues = read_yaml("code: NO\nversion: 1.10\nflag: yes\nwhen: 2025-02-27\n", "f.yaml")
    assert issues == []
    assert value == {"code": "NO", "version": "1.10", "flag": "yes", "when": "2025-02-27"}
    assert all(isinstance(v, str) for v in value.values())


def test_positions_are_one_based_line_and_column():
    value, _ = read_yaml("a:\n  b: [x, y]\n", "f.yaml")
    assert isinstance(value, Mapping)
    inner = value["a"]
    assert (inner.position.line, inner.position.column) == (2, 3)
    assert (inner["b"][1].position.line, inner["b"][1].position.column) == (2, 10)


def test_null_and_empty_string_differ():
    value, _ = read_yaml('a:\nb: ""\nc: ~\n', "f.yaml")
    assert value["a"] is None and value["c"] is None
    assert value["b"] == ""


def test_python_tag_is_refused_not_run(tmp_path):
    marker = tmp_path / "ran"
    text = f"a: !!python/object/apply:os.system ['touch {marker}']\n"
    value, issues = read_yaml(text, "f.yaml")
    assert not marker.exists()
    assert len(issues) == 1 and "tag" in issues[0].message
    assert issues[0].position.line == 1


def test_alias_bomb_is_refused_quickly():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
        prev = name
    value, issues = read_yaml("\n".join(lines) + "\n", "f.yaml")
    assert value is None
    assert issues and "aliases are not allowed" in issues[0].message


def test_duplicate_key_reported_with_both_lines():
    _, issues = read_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert [(i.position.line, i.message) for i in issues] == [(3, "duplicate key 'a' (first at line 1)")]


def test_syntax_error_has_position():
    _, issues = read_yaml("a: [1, 2\nb: 3\n", "f.yaml")
    assert len(issues) == 1
    assert issues[0].message.startswith("invalid YAML")
    assert issues[0].position.line >= 1
