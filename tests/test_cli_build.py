"""``nato-kg build`` and ``nato-kg init`` through click's CliRunner."""

import subprocess
import sys

from click.testing import CliRunner
from rdflib import Graph

from nato_kg.cli import cli

from .conftest import CURATED, REPO


def test_build_writes_turtle_and_prints_summary_by_kind_and_source(tmp_path):
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "build", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Facts by kind" in result.stdout and "Facts by source" in result.stdout
    for sid in ("ec5d905ce794c62e", "22aa553175590713", "c6468833aaad77f4", "acfff0cc65ac9122", "647195934bf44ad2"):
        assert sid in result.stdout
    assert f"wrote {out}" in result.stderr
    assert len(Graph().parse(out)) > 1000


def test_build_default_output_in_workspace_build_folder(make_ws):
    ws = make_ws()
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 0, result.output
    assert ws.graph_path.is_file()


def test_workspace_found_from_a_subfolder(make_ws, monkeypatch):
    ws = make_ws()
    monkeypatch.chdir(ws.seeds_dir)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert ws.graph_path.is_file()


def test_no_workspace_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 2
    assert "no nato-kg workspace" in result.stderr and "nato-kg init" in result.stderr


def test_base_iri_from_config(make_ws):
    ws = make_ws()
    (ws.root / "nato-kg.toml").write_text('[graph]\nbase_iri = "https://kg.example.net/id/"\n')
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 0, result.output
    assert "https://kg.example.net/id/country/finland" in ws.graph_path.read_text()


def test_bad_base_iri_is_an_input_error(make_ws):
    ws = make_ws()
    (ws.root / "nato-kg.toml").write_text('[graph]\nbase_iri = "not an iri"\n')
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 2 and "base_iri" in result.stderr


def test_init_makes_a_workspace_that_builds(tmp_path):
    runner = CliRunner()
    target = tmp_path / "mine"
    result = runner.invoke(cli, ["init", str(target)])
    assert result.exit_code == 0, result.output
    assert (target / "ontology" / "nato_kg.ttl").read_bytes() == (REPO / "ontology" / "nato_kg.ttl").read_bytes()
    assert (target / "nato-kg.toml").is_file()
    built = runner.invoke(cli, ["-w", str(target), "build"])
    assert built.exit_code == 0, built.output
    assert (target / "build" / "nato_kg.ttl").is_file()


def test_init_refuses_to_overwrite(tmp_path):
    runner = CliRunner()
    target = tmp_path / "mine"
    assert runner.invoke(cli, ["init", str(target)]).exit_code == 0
    (target / "seeds" / "sources.yaml").write_text("sources: []\n# my work\n")
    again = runner.invoke(cli, ["init", str(target)])
    assert again.exit_code == 2 and "not overwriting" in again.stderr
    assert "my work" in (target / "seeds" / "sources.yaml").read_text()


def test_help_lists_commands_and_exit_codes():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "build" in result.output and "init" in result.output
    assert "Exit codes" in result.output


def test_help_does_not_import_heavy_modules():
    code = ("import sys; from nato_kg.cli import cli\n"
            "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('rdflib', 'pyvis', 'networkx', 'pyshacl', 'rich', 'pycountry') if m in sys.modules]\n"
            "print('HEAVY=' + ','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "HEAVY="


def test_a_command_imports_only_its_own_module():
    """``nato-kg query`` must not pay for importing what ``viz``, ``extract`` or ``check`` need (their
    modules build click options from fact kinds and charts at import time)."""
    code = ("import sys; from nato_kg.cli import cli\n"
            "try:\n    cli(['query', '--help'])\nexcept SystemExit:\n    pass\n"
            "print('LOADED=' + ','.join(sorted(m for m in sys.modules if m.startswith('nato_kg.commands.'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "LOADED=nato_kg.commands.common,nato_kg.commands.query_cmds"


def test_every_command_is_found_under_its_name():
    import click

    from nato_kg.cli import COMMANDS

    ctx = click.Context(cli)
    assert [cli.get_command(ctx, name).name for name in COMMANDS] == list(COMMANDS)
    assert cli.get_command(ctx, "nosuch") is None
    wrong = CliRunner().invoke(cli, ["querry"])
    assert wrong.exit_code == 2 and "No such command 'querry'" in wrong.output


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "nato_kg", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "nato-kg" in result.stdout


def test_a_command_leaves_its_objects_to_the_exit_unscanned(tmp_path):
    # the interpreter's collections at exit would scan what a command leaves (0.6 s after check on a million triples);
    # the exit code and the output are the command's as before
    probe = ("import atexit, gc, sys; atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0)); "
             "sys.argv = ['nato-kg', '-w', sys.argv[1], 'check']; from nato_kg.console import main; main()")
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "no-such-workspace")], capture_output=True, text=True)
    assert result.returncode == 2 and "frozen True" in result.stdout and "no-such-workspace" in result.stderr


def test_a_build_with_nothing_changed_reads_and_writes_nothing(make_ws, monkeypatch):
    import nato_kg.seeds

    ws = make_ws()
    runner = CliRunner()
    first = runner.invoke(cli, ["-w", str(ws.root), "build"])
    assert first.exit_code == 0, first.output
    stamp = ws.graph_path.stat().st_mtime_ns

    def no_parsing(*args, **kwargs):
        raise AssertionError("an unchanged workspace was parsed again")

    monkeypatch.setattr(nato_kg.seeds, "load_seeds", no_parsing)
    again = runner.invoke(cli, ["-w", str(ws.root), "build"])
    assert again.exit_code == 0, again.output
    assert "is current: nothing changed" in again.stderr and again.stdout == first.stdout  # the same summary
    assert ws.graph_path.stat().st_mtime_ns == stamp
    monkeypatch.undo()
    forced = runner.invoke(cli, ["-w", str(ws.root), "build", "--force"])
    assert forced.exit_code == 0 and "wrote" in forced.stderr and ws.graph_path.stat().st_mtime_ns != stamp


def test_only_the_edited_seed_file_is_parsed_again(make_ws, monkeypatch):
    import nato_kg.seeds

    ws = make_ws()
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    parsed = []
    real = nato_kg.seeds.parse_seed_file
    monkeypatch.setattr(nato_kg.seeds, "parse_seed_file", lambda path, *a, **k: (parsed.append(path.name), real(path, *a, **k)))
    facts = ws.seeds_dir / "facts.yaml"
    facts.write_text(facts.read_text().replace("691000000", "700000000"))
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "query", "pledges", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert parsed == ["facts.yaml"] and "700000000" in result.stdout
    # a cached file still takes part in the checks across files: a duplicate id in a new file is found
    (ws.seeds_dir / "zz.yaml").write_text("entities:\n  - {id: norway, type: country, label: Norway again}\n")
    bad = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert bad.exit_code == 2 and "seeds/zz.yaml:2:5: duplicate id 'norway'" in bad.stderr


def test_a_damaged_record_cache_is_ignored(make_ws):
    ws = make_ws()
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    for pickle in (ws.build_dir / "cache" / "seeds").glob("*.pickle"):
        pickle.write_bytes(b"not a pickle")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build", "--force"])
    assert result.exit_code == 0, result.output
    assert "finland" in ws.graph_path.read_text()


def _synthetic(tmp_path, name: str):
    from nato_kg.synthetic import synthetic_seeds, write_workspace
    from nato_kg.workspace import open_workspace

    return open_workspace(write_workspace(synthetic_seeds(12), tmp_path / name))


def _fresh_build_bytes(ws) -> bytes:
    """What a build with no cache at all writes for the workspace as it is now."""
    import shutil

    shutil.rmtree(ws.build_dir / "cache", ignore_errors=True)
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build", "--force"]).exit_code == 0
    return ws.graph_path.read_bytes()


def test_only_the_edited_seed_file_is_mapped_again_and_the_graph_is_what_a_fresh_build_gives(tmp_path, monkeypatch):
    import nato_kg.mapping

    ws = _synthetic(tmp_path, "ws")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    mapped = []
    real = nato_kg.mapping.map_records
    monkeypatch.setattr(nato_kg.mapping, "map_records", lambda g, part, *a: (mapped.append(part), real(g, part, *a)))
    seed = sorted(ws.seeds_dir.glob("articles-*.yaml"))[0]
    seed.write_text(seed.read_text().replace("On ", "Regarding ", 3))
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 0, result.output
    assert len(mapped) == 1 and mapped[0].facts  # one file's records, not the whole workspace
    incremental = ws.graph_path.read_bytes()
    assert b"Regarding " in incremental
    monkeypatch.undo()
    assert incremental == _fresh_build_bytes(ws)


def test_regression_a_role_renamed_in_roles_yaml_reaches_the_role_facts_of_other_files(tmp_path):
    # a fragment of one file depends on records of others (here a role's label, written on each
    # role fact as schema:roleName): reusing it unchanged would keep the old name
    ws = _synthetic(tmp_path, "ws")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    roles = ws.seeds_dir / "roles.yaml"
    roles.write_text(roles.read_text().replace("label: Prime Minister", "label: Premier"))
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 0, result.output
    incremental = ws.graph_path.read_bytes()
    assert b'"Premier"' in incremental and b'"Prime Minister"' not in incremental
    assert incremental == _fresh_build_bytes(ws)


def test_rebasing_the_last_graph_on_the_changed_files_gives_what_a_full_merge_gives():
    # the incremental build cuts and pastes the last build's sorted lines; any slip (a line another
    # file still gives dropped, a line added twice, one out of order) shows against a full merge
    import random

    from nato_kg.fragments import merge_ntriples, rebased, sorted_lines

    rng = random.Random(5)
    lines = [f"<s{i % 7}> <p{i % 3}> \"v{i}\" .".encode() for i in range(40)] + [b"<s> <p> \"a b\" .", b"<s> <p> \"a\" ."]
    for _ in range(300):
        files = [f"f{k}" for k in range(rng.randint(1, 4))]
        before = {f: sorted_lines(b"\n".join(rng.sample(lines, rng.randint(0, 12)))) for f in files}
        after = dict(before)
        for f in rng.sample(files, rng.randint(1, len(files))):
            if rng.random() < 0.2:
                del after[f]
            else:
                after[f] = sorted_lines(b"\n".join(rng.sample(lines, rng.randint(0, 12))))
        if rng.random() < 0.3:
            after["new"] = sorted_lines(b"\n".join(rng.sample(lines, 5)))
        previous = merge_ntriples(list(before.values()))
        text, removed, added = rebased(previous, before, after)
        assert text == merge_ntriples(list(after.values()))
        old, new = set(previous.split(b"\n")) - {b""}, set(text.split(b"\n")) - {b""}
        assert (set(removed), set(added)) == (old - new, new - old)


def test_merging_sorted_chunks_gives_their_lines_sorted_once():
    # the build merges each seed file's sorted lines one by one (not as one set): any slip (a line two
    # files give written twice, a chunk's last line without its newline lost, an empty chunk) shows here
    import random

    from nato_kg.fragments import merge_ntriples, sorted_lines

    rng = random.Random(11)
    lines = [f"<s{i % 5}> <p> \"v{i}\" .".encode() for i in range(30)]
    for _ in range(300):
        chunks = [sorted_lines(b"\n".join(rng.sample(lines, rng.randint(0, 10)))) for _ in range(rng.randint(0, 5))]
        if chunks and rng.random() < 0.3:
            chunks[0] = chunks[0].rstrip(b"\n")  # a chunk whose last line has no newline
        expected = sorted_lines(b"\n".join(chunks))
        assert merge_ntriples(chunks) == expected


def test_rebased_turtle_is_the_turtle_a_full_write_gives(built):
    # the incremental build rewrites only the blocks of the subjects whose lines changed; any slip
    # (a block cut short, one found at the wrong place, a new subject out of order) shows against a full write
    import random

    from nato_kg.fragments import rebased, rebased_turtle, sorted_lines
    from nato_kg.store import sorted_ntriples, sorted_turtle
    from nato_kg.vocab import PREFIXES

    base = sorted_ntriples(built.graph)
    lines = base.split(b"\n")[:-1]
    data = [line for line in lines if line.startswith(b"<https://example.org/")]
    rng = random.Random(3)
    old_ttl = sorted_turtle(None, PREFIXES, base)
    for _ in range(25):
        after = set(lines)
        for line in rng.sample(data, 8):  # drop lines, whole subjects too
            after.discard(line)
            if rng.random() < 0.3:
                subject = line[: line.index(b" ")]
                after -= {x for x in after if x.startswith(subject + b" ")}
        for i in range(rng.randint(0, 4)):  # new subjects, before, between and after the others
            subject = rng.choice([b"<https://example.org/a", b"<https://example.org/nato-kg/id/m", b"<https://example.org/zz"])
            after.add(subject + b"%d> <https://schema.org/name> \"n%d\" ." % (i, rng.randint(0, 9)))
        for line in rng.sample(data, 3):  # a changed value
            after.discard(line)
            after.add(line[: line.index(b" ")] + b" <https://schema.org/name> \"changed\" .")
        new = sorted_lines(b"\n".join(after))
        text, removed, added = rebased(base, {"": base}, {"": new})
        assert text == new
        assert rebased_turtle(old_ttl, new, removed, added, PREFIXES) == sorted_turtle(None, PREFIXES, new)


def test_regression_a_damaged_fragment_cache_is_mapped_again(tmp_path):
    # a fragment that does not unpickle, or unpickles to something else, must cost a re-map, never a traceback
    import pickle

    ws = _synthetic(tmp_path, "ws")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    fragments = sorted((ws.build_dir / "cache" / "fragments").glob("*.pickle"))
    assert len(fragments) >= 3
    fragments[0].write_bytes(b"not a pickle")
    fragments[1].write_bytes(pickle.dumps(("answers", b"chunk")))  # an older layout
    record = ws.build_dir / "cache" / "graph.json"
    record.write_text(record.read_text().replace('"fragments": {', '"fragments": {"x": 1, '))  # a damaged record
    seed = sorted(ws.seeds_dir.glob("articles-*.yaml"))[0]
    seed.write_text(seed.read_text().replace("On ", "Regarding ", 1))
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 0, result.output
    assert ws.graph_path.read_bytes() == _fresh_build_bytes(ws)


def _age_inputs(ws, seconds: float = 3600) -> None:
    import os
    import time

    old = time.time() - seconds
    for path in [*ws.seeds_dir.iterdir(), *ws.ontology_dir.iterdir(), ws.root / "nato-kg.toml"]:
        if path.is_file():
            os.utime(path, (old, old))


def test_a_current_build_is_told_by_its_inputs_stat_without_reading_them(make_ws, monkeypatch):
    # asking whether the build is current hashed every seed file each time (0.05 s at 9,000 articles, growing
    # with the workspace); the stat of settled inputs, kept when they hashed to the stamp, now vouches for it
    import nato_kg.stamp as stamp

    ws = make_ws()
    _age_inputs(ws)
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    assert stamp.inputs_path(ws).is_file()

    def no_hashing(*args):
        raise AssertionError("the inputs were read again")

    monkeypatch.setattr(stamp, "input_fingerprint", no_hashing)
    assert stamp.is_current(ws)


def test_an_edit_that_puts_back_the_size_and_mtime_is_still_seen(make_ws):
    import os

    from nato_kg.stamp import is_current

    ws = make_ws()
    _age_inputs(ws)
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    assert is_current(ws)
    facts = ws.seeds_dir / "facts.yaml"
    before = facts.stat()
    facts.write_text(facts.read_text().replace("691000000", "691000001"))  # the same size
    os.utime(facts, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same mtime: only the ctime tells
    assert facts.stat().st_size == before.st_size and facts.stat().st_mtime_ns == before.st_mtime_ns
    assert not is_current(ws)


def test_inputs_changed_a_moment_ago_are_hashed_not_trusted_by_their_stat(make_ws):
    import nato_kg.stamp as stamp

    ws = make_ws()
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    assert stamp.input_stats(ws) is None  # just written: a coarse clock could give the next edit the same mtime
    assert not stamp.inputs_path(ws).exists() and stamp.is_current(ws)
    (ws.seeds_dir / "more.yaml").write_text("{}\n")  # a new file is a change
    _age_inputs(ws)
    assert not stamp.is_current(ws) and not stamp.inputs_path(ws).exists()


def test_build_leaves_the_collector_running_and_freezes_nothing_in_a_caller_that_lives_on(make_ws):
    """The command pauses the collector and, in the console script's own process only, freezes what it made: a test runner
    (or any caller) that invokes it in-process keeps its collections."""
    import gc

    from nato_kg import collector

    ws = make_ws()
    frozen = gc.get_freeze_count()
    assert collector.short_lived is False
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen

