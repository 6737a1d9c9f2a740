"""The build-time check fails on injection-prone code (a test that the test can fail)."""
import os
import subprocess

from conftest import ROOT


def codecheck(tree):
    return subprocess.run([os.path.join(ROOT, "tools/codecheck")], capture_output=True, text=True,
                          env={**os.environ, "top_srcdir": str(tree)})


def test_the_tree_passes():
    assert codecheck(ROOT).returncode == 0


def test_it_catches_non_literal_sql_and_formats_and_unsafe_templates(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "src" / "bad.c").write_text(
        "void\nf(void)\n{\n\tmysql_stmt_prepare(st, sql, n);\n\thdf_set_valuef(h, user);\n"
        "\tlog_warn(msg);\n\tdb_query_(db, a, r, q);\n\tcgi_redirect(cgi, \"%s\", x);\n}\n")
    (tmp_path / "templates" / "bad.cs").write_text(
        '<?cs uvar:Query.x ?><?cs evar:Query.y ?><?cs lvar:z ?><?cs linclude:n ?><?cs name:q ?>'
        '<?cs uvar:Totp.qr ?>')
    r = codecheck(tmp_path)
    assert r.returncode == 1
    for needle in ["mysql_stmt_prepare outside", "hdf_set_valuef needs a literal",
                   "log_warn needs a literal", "db_query_() is not allowed",
                   "cgi_redirect() is not allowed", "uvar:Query.x is not on the allow-list",
                   "evar: is not allowed", "lvar: is not allowed", "linclude: is not allowed",
                   "name: is not allowed"]:
        assert needle in r.stdout, needle
    assert "Totp.qr" not in r.stdout
