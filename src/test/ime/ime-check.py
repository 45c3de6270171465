#!/usr/bin/env python3
"""Types Chinese into the real Shilu window through a real input method, as a studio operator on a
Linux PC does, and checks what was saved. .ci/run runs it after `mvn verify`.

    python3 src/test/ime/ime-check.py [--jar target/shilu.jar] [--shots DIR] [--ime fcitx5|ibus]...

For each input method (fcitx5 with pinyin, ibus with libpinyin; both unless --ime names one) and
each window language (Chinese, then English), it starts a private Xvfb display, a D-Bus session
and the input method with pinyin on, opens a small project with `java -jar target/shilu.jar`, and
sends key events as a keyboard would (xdotool):
  - a host turn typed in pinyin, each word taken with space, committed with Ctrl+Enter;
  - a guest turn in pinyin, with Enter pressed while a word is still composing and Ctrl+Enter
    pressed while another is composing: both belong to the input method, which hands over the
    letters as typed; neither commits a turn nor adds a paragraph;
  - "jiabin" composing (letters the roster's 嘉宾 starts) and Tab: the input method's, not the
    glossary suggestions'; then Esc cancels the composition;
  - a screenshot of the draft with the candidate window open (DIR/ime-IME-LANG.png);
  - Ctrl+S, then the saved project is read back with `convert`.
It fails unless the project holds exactly the two turns it had plus these two, in Chinese where a
candidate was taken and with the letters of the open compositions kept, or if java -jar printed a
warning.
Needs Xvfb, xdotool, xprop, ImageMagick's import, GTK 3, fcitx5 with pinyin (or ibus with
libpinyin), dbus-launch and the zh_CN.UTF-8 locale: .ci/run installs them from Debian's packages.
"""
import argparse, os, re, shutil, signal, subprocess, sys, tempfile, time

FCITX_PROFILE = """[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""
# Pinyin is on from the start (no trigger key needed) and shared by every window.
FCITX_CONFIG = """[Hotkey/TriggerKeys]
0=Control+space

[Behavior]
ActiveByDefault=True
ShareInputState=All
"""
START = "[主持人]:各位网友，大家好。\n[嘉宾]:主持人好，网友们好。\n"
# What each input method makes of the guest's keys: fcitx5 hands over the letters of a composition
# on Enter and on Ctrl+Enter; ibus-libpinyin does so on Enter and keeps composing through Ctrl+Enter,
# so "hao" and "pengyou" become one phrase. Either way no letter is lost and no turn is committed.
EXPECTED = {ime: ["[主持人]:各位网友，大家好。", "[嘉宾]:主持人好，网友们好。", "[主持人]:你好主持人", guest]
            for ime, guest in (('fcitx5', "[嘉宾]:谢谢dajiahao朋友"), ('ibus', "[嘉宾]:谢谢dajia好朋友"))}


def fail(message):
    print("ime-check: FAILED: " + message, file=sys.stderr)
    sys.exit(1)


class Desk:
    """A private X display with a D-Bus session and a running input method."""

    def __init__(self, ime, home):
        self.home = home
        self.ime = self.xvfb = None
        self.dbus_pid = 0
        try:
            self._start(ime, home)
        except BaseException:
            self.close()  # nothing left running when the input method does not come up
            raise

    def _start(self, ime, home):
        r, w = os.pipe()
        self.xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(w), '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(w,),
                                     start_new_session=True)
        os.close(w)
        with os.fdopen(r) as f:
            self.display = ':' + f.readline().strip()
        base = dict(os.environ, DISPLAY=self.display, HOME=home, XDG_CONFIG_HOME=os.path.join(home, '.config'),
                    XDG_DATA_HOME=os.path.join(home, '.local', 'share'), LANG='zh_CN.UTF-8', LC_ALL='zh_CN.UTF-8',
                    NO_AT_BRIDGE='1')
        out = subprocess.run(['dbus-launch', '--sh-syntax'], env=base, capture_output=True, text=True).stdout
        values = dict(line.split('=', 1) for line in out.splitlines() if '=' in line)
        base['DBUS_SESSION_BUS_ADDRESS'] = values['DBUS_SESSION_BUS_ADDRESS'].rstrip(';').strip("'")
        self.dbus_pid = int(values.get('DBUS_SESSION_BUS_PID', '0').rstrip(';') or 0)
        module = 'fcitx' if ime == 'fcitx5' else 'ibus'
        self.env = dict(base, XMODIFIERS='@im=' + module, GTK_IM_MODULE=module, QT_IM_MODULE=module)
        if ime == 'fcitx5':
            conf = os.path.join(home, '.config', 'fcitx5')
            os.makedirs(conf, exist_ok=True)
            with open(os.path.join(conf, 'profile'), 'w') as f:
                f.write(FCITX_PROFILE)
            with open(os.path.join(conf, 'config'), 'w') as f:
                f.write(FCITX_CONFIG)
            # Now and then (about one start in five here) fcitx5 comes up but never registers on the new
            # display; started again, it does. Three tries before giving up.
            registered = lambda: 'fcitx' in subprocess.run(['xprop', '-root', 'XIM_SERVERS'], env=self.env,
                                                          capture_output=True, text=True).stdout
            for attempt in range(3):
                self.ime = subprocess.Popen(['fcitx5'], env=self.env, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL, start_new_session=True)
                if self.waited(registered, 15):
                    break
                self.stop(self.ime)
            else:
                fail('gave up waiting for fcitx5 to start (three tries)')
        else:
            # Pinyin as the user's only input source, as an operator sets ibus up. Without it, ibus's panel
            # starting late (on a busy machine) puts back its default English keyboard after the engine
            # is chosen below, and the pinyin is typed as letters in every window on this display.
            for key in ('preload-engines', 'engines-order'):
                subprocess.run(['dconf', 'write', '/desktop/ibus/general/' + key, "['libpinyin']"], env=self.env,
                               check=True)
            self.ime = subprocess.Popen(['ibus-daemon', '--xim', '--replace'], env=self.env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            # `ibus engine NAME` sets the engine yet may exit 1 (no global engine before it): ask again.
            self.wait_for(lambda: subprocess.run(['ibus', 'engine', 'libpinyin'], env=self.env, capture_output=True)
                          and subprocess.run(['ibus', 'engine'], env=self.env, capture_output=True,
                                             text=True).stdout.strip() == 'libpinyin', 60, 'ibus to take libpinyin')

    @staticmethod
    def waited(condition, seconds):
        end = time.time() + seconds
        while time.time() < end:
            if condition():
                return True
            time.sleep(0.3)
        return False

    @classmethod
    def wait_for(cls, condition, seconds, what):
        if not cls.waited(condition, seconds):
            fail('gave up waiting for ' + what)

    @staticmethod
    def stop(process):
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(10)
        except (ProcessLookupError, PermissionError):
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)

    def xdo(self, *args):
        return subprocess.run(['xdotool', *args], env=self.env, capture_output=True, text=True).stdout.strip()

    def key(self, name, pause=0.5):
        self.xdo('key', '--clearmodifiers', name)
        time.sleep(pause)

    def pinyin(self, letters, take=True):
        """Letters as key events, one by one as typed; space takes the first candidate."""
        for letter in letters:
            self.key(letter, 0.08)
        time.sleep(0.4)
        if take:
            self.key('space')

    def shot(self, path):
        subprocess.run(['import', '-window', 'root', path], env=self.env, capture_output=True)

    def close(self):
        """Ends the input method, the bus and the display, and waits for them: a second fcitx5 started
        while the first is still going away does not come up."""
        running = [process for process in (self.ime, self.xvfb) if process is not None]
        for process in running:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except (ProcessLookupError, PermissionError):
                pass
        if self.dbus_pid:
            try:
                os.kill(self.dbus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for process in running:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)


def convert(java, jar, project):
    run = subprocess.run([java, '-jar', jar, 'convert', project, '--to', 'portal-text'], capture_output=True)
    if run.returncode != 0:
        fail('convert refused the saved project: ' + run.stderr.decode('utf-8', 'replace'))
    return run.stdout.decode('utf-8').splitlines()


def one_language(language, ime, java, jar, shots):
    home = tempfile.mkdtemp(prefix='shilu-ime-')
    desk = None
    app = None
    try:
        start = os.path.join(home, 'start.txt')
        project = os.path.join(home, 'programme.shilu')
        with open(start, 'w', encoding='utf-8') as f:
            f.write(START)
        subprocess.run([java, '-jar', jar, 'convert', start, '--to', 'json', '-o', project], check=True)
        settings = os.path.join(home, '.config', 'shilu')
        os.makedirs(settings)
        with open(os.path.join(settings, 'settings.json'), 'w') as f:
            f.write('{"language": "%s", "clockOffsetSeconds": 0}' % language)
        desk = Desk(ime, home)
        log = open(os.path.join(home, 'app.log'), 'wb')
        app = subprocess.Popen([java, '-jar', jar, project], env=desk.env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
        desk.wait_for(lambda: desk.xdo('search', '--onlyvisible', '--name', 'Shilu|实录'), 90, 'the window')
        window = desk.xdo('search', '--onlyvisible', '--name', 'Shilu|实录').split()[-1]
        desk.xdo('windowfocus', '--sync', window)
        time.sleep(3)  # the draft takes the focus once the window is up

        desk.pinyin('nihao')
        desk.pinyin('zhuchiren')
        desk.key('ctrl+Return')
        desk.pinyin('xiexie')
        desk.pinyin('dajia', take=False)
        desk.key('Return')           # composing: the input method's, which hands over "dajia"
        desk.pinyin('hao', take=False)
        desk.key('ctrl+Return')      # composing: the input method's too
        desk.pinyin('pengyou')
        # The roster's 嘉宾 is a term the letters "jiabin" start: while they are composing, nothing is
        # suggested and Tab is the input method's, so the composition is cancelled below as typed.
        desk.pinyin('jiabin', take=False)
        desk.key('Tab')
        os.makedirs(shots, exist_ok=True)
        shot = os.path.join(shots, 'ime-%s-%s.png' % (ime, language))
        desk.shot(shot)
        desk.key('Escape')           # cancels the composition; nothing else
        desk.key('ctrl+Return')
        before = os.stat(project).st_mtime_ns
        desk.key('ctrl+s')
        desk.wait_for(lambda: os.stat(project).st_mtime_ns != before, 20, 'the save')
        time.sleep(0.5)
        lines = [line for line in convert(java, jar, project) if line.strip()]
        # A guest's turn closes with the time it was committed: today's, so it is left out here.
        turns = [re.sub(r' \[\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}\]$', '', line)
                 for line in lines if line.startswith('[')]
        if turns != EXPECTED[ime]:
            fail('%s window, %s: the saved turns are\n  %s\nexpected\n  %s\n(app log: %s)'
                 % (language, ime, '\n  '.join(turns), '\n  '.join(EXPECTED[ime]), os.path.join(home, 'app.log')))
        log.flush()
        with open(os.path.join(home, 'app.log'), encoding='utf-8', errors='replace') as f:
            warnings = [line.strip() for line in f if line.startswith('WARNING') or 'Exception' in line]
        if warnings:
            fail('%s window: java -jar printed\n  %s' % (language, '\n  '.join(warnings)))
        print('ime-check: %s window, %s: %d turns as typed, no warning printed; screenshot %s'
              % (language, ime, len(turns), shot))
    finally:
        if app is not None:
            try:
                os.killpg(app.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            app.wait(10)
        if desk is not None:
            desk.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--jar', default='target/shilu.jar')
    parser.add_argument('--shots', default='target/ime')
    parser.add_argument('--ime', action='append', choices=['fcitx5', 'ibus'],
                        help='the input method to type through (repeatable; default: both)')
    args = parser.parse_args()
    imes = args.ime or ['fcitx5', 'ibus']
    java = os.path.join(os.environ['JAVA_HOME'], 'bin', 'java') if os.environ.get('JAVA_HOME') else 'java'
    tools = ['Xvfb', 'xdotool', 'xprop', 'import', 'dbus-launch'] + [{'fcitx5': 'fcitx5', 'ibus': 'ibus-daemon'}[i] for i in imes]
    for tool in tools:
        if not shutil.which(tool):
            fail('%s is not installed (.ci/run installs what this check needs)' % tool)
    if not os.path.exists(args.jar):
        fail('%s not found: run mvn package first' % args.jar)
    for ime in imes:
        for language in ('zh-CN', 'en'):
            one_language(language, ime, java, args.jar, args.shots)
    print('ime-check: %d passed, 0 failed' % (2 * len(imes)))


if __name__ == '__main__':
    main()
