/**
 * The app shell: tabs (开始 / 文库 / 比对 / 阅读 / 起草审查), the startup
 * banner, the search panel, and the state the views share: the library,
 * the documents being compared, the notes and the settings.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { AppTab, DocumentSummary, MenuCommand, NoteKey, Session, Settings, UserMessage } from '../../../shared/api/contract';
import { assertNever } from '../../../shared/assert-never';
import { defaultDiffOptions } from '../../../shared/api/views';
import { api, errorText } from './api';
import { useNotes } from './use-notes';
import { LibraryPanel } from '../library/LibraryPanel';
import { CompareView } from '../compare/CompareView';
import { ReaderView } from '../reader/ReaderView';
import { SearchPanel } from '../search/SearchPanel';
import { opensCorpusSearch } from '../find/find-keys';
import { StartScreen } from '../start/StartScreen';
import { DraftWorkspace, type ReopenRequest } from '../draft/DraftWorkspace';
import { EmptyState } from './EmptyState';

/** The tabs of the main window. */
export type Tab = AppTab;

const tabs: readonly { readonly id: Tab; readonly label: string }[] = [
  { id: 'start', label: '开始' },
  { id: 'library', label: '文库' },
  { id: 'compare', label: '比对' },
  { id: 'reader', label: '阅读' },
  { id: 'draft', label: '起草审查' },
];

/** What is being compared: document ids in column order and the base column; `at`: a unit of the row to open on. */
export interface CompareTarget {
  readonly ids: readonly string[];
  readonly pivot: number;
  readonly at?: NoteKey;
}

/** Text size steps for Ctrl+= / Ctrl+-, within what settings accept. */
const fontSteps = { min: 0.8, max: 1.6, step: 0.1 } as const;
const clampScale = (x: number) => Math.round(Math.min(fontSteps.max, Math.max(fontSteps.min, x)) * 10) / 10;

const initialSettings: Settings = { diff: defaultDiffOptions, onlyDifferences: false, fontScale: 1 };

/** The whole renderer. */
export function App() {
  const [tab, setTab] = useState<Tab>('library');
  const tabRef = useRef(tab);
  tabRef.current = tab;
  const [library, setLibrary] = useState<readonly DocumentSummary[]>([]);
  const [libraryError, setLibraryError] = useState('');
  const [target, setTarget] = useState<CompareTarget | null>(null);
  const [readerId, setReaderId] = useState<{ readonly docId: string; readonly unitId?: string; readonly query?: string } | null>(null);
  const [settings, setSettings] = useState<Settings>(initialSettings);
  const [messages, setMessages] = useState<readonly UserMessage[]>([]);
  const [searching, setSearching] = useState(false);
  /** documents ticked in the library, kept here so search can add to them */
  const [picked, setPicked] = useState<readonly string[]>([]);
  /** a saved draft review to reopen in 起草审查 (from the start screen) */
  const [reviewRequest, setReviewRequest] = useState<ReopenRequest | null>(null);
  /** 起草审查 stays mounted once opened, so a review in progress survives a look at another tab */
  const [draftOpened, setDraftOpened] = useState(false);
  useEffect(() => {
    if (tab === 'draft') setDraftOpened(true);
  }, [tab]);
  const notes = useNotes();
  /** bumps when the menu's 导出对照表… asks the compare view to export */
  const [exportSeq, setExportSeq] = useState(0);
  /** the current row of the compare view, to reopen there */
  const [position, setPosition] = useState<NoteKey | undefined>(undefined);
  /** the session is only saved once the last one has been read back, so start-up never overwrites it */
  const [sessionRead, setSessionRead] = useState(false);
  const targetRef = useRef(target);
  targetRef.current = target;

  const reloadLibrary = useCallback(async () => {
    try {
      setLibrary(await api().listDocuments());
      setLibraryError('');
    } catch (e) {
      setLibraryError(errorText(e));
    }
  }, []);

  useEffect(() => {
    void reloadLibrary();
    api()
      .startupMessages()
      .then(setMessages, () => undefined);
    api()
      .getSettings()
      .then(
        (s) => {
          setSettings(s);
          const session = s.session;
          if (session) {
            if (session.compare) setTarget({ ids: session.compare.ids, pivot: session.compare.pivot, at: session.compare.at });
            if (session.reviewId) setReviewRequest({ id: session.reviewId, seq: 1 });
            setTab(session.tab === 'compare' && !session.compare ? 'library' : session.tab);
          }
        },
        () => undefined,
      )
      .finally(() => setSessionRead(true));
    const onMenu = (command: MenuCommand) => {
      switch (command.kind) {
        case 'library-changed':
          return void reloadLibrary();
        case 'import':
          return setTab('library');
        case 'export':
          if (!targetRef.current)
            return setMessages([{ zh: '请先打开一个比对,再导出对照表。', en: 'Open a comparison first, then export its table.' }]);
          setTab('compare');
          return setExportSeq((n) => n + 1);
        default:
          return assertNever(command);
      }
    };
    const offMenu = window.apiEvents?.onMenuCommand(onMenu);
    const onKey = (e: KeyboardEvent) => {
      // corpus search: Ctrl+Shift+F or Ctrl+K; a plain Ctrl+F finds in the view on screen (renderer/src/find), or searches where there is none
      if (opensCorpusSearch(e, tabRef.current)) {
        e.preventDefault();
        setSearching(true);
      }
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === '=' || e.key === '+' || e.key === '-' || e.key === '0')) {
        e.preventDefault();
        setSettings((s) => {
          const fontScale = e.key === '0' ? 1 : clampScale(s.fontScale + (e.key === '-' ? -fontSteps.step : fontSteps.step));
          api()
            .updateSettings({ settings: { fontScale } })
            .catch(() => undefined);
          return { ...s, fontScale };
        });
      }
      if (e.key === 'Escape') setSearching(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu?.();
      window.removeEventListener('keydown', onKey);
    };
  }, [reloadLibrary]);

  // where the user is, saved (a moment after it settles) so the app reopens there
  useEffect(() => {
    if (!sessionRead) return;
    const session: Session = {
      tab,
      ...(target ? { compare: { ids: target.ids, pivot: target.pivot, ...(position ? { at: position } : {}) } } : {}),
      ...(reviewRequest && reviewRequest.kind !== 'document' ? { reviewId: reviewRequest.id } : {}),
    };
    const timer = setTimeout(
      () =>
        api()
          .updateSettings({ settings: { session } })
          .catch(() => undefined),
      300,
    );
    return () => clearTimeout(timer);
  }, [sessionRead, tab, target, position, reviewRequest]);

  const compare = (ids: readonly string[], pivot = 0) => {
    setTarget({ ids, pivot });
    setPosition(undefined);
    setTab('compare');
  };
  /** ←/→ (and Home/End) move between tabs, as a tab list does */
  const onTabKey = (e: ReactKeyboardEvent<HTMLElement>) => {
    const at = tabs.findIndex((t) => t.id === tab);
    const to =
      e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length].id;
    setTab(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-testid="nav-${next}"]`)?.focus();
  };
  const read = (docId: string, unitId?: string, query?: string) => {
    setReaderId({ docId, unitId: unitId || undefined, query });
    setTab('reader');
  };
  const changeSettings = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    api()
      .updateSettings({ settings: patch })
      .catch(() => undefined);
  };
  /** Adds to the open comparison; with none open, ticks the document in the library to pick a partner. */
  const addToComparison = (docId: string) => {
    const ids = target?.ids ?? [];
    if (ids.includes(docId)) return compare(ids, target?.pivot ?? 0);
    if (ids.length >= 2) return compare([...ids, docId].slice(-4), target?.pivot ?? 0);
    setPicked((p) => (p.includes(docId) ? p : [...p, docId].slice(-4)));
    setTab('library');
  };
  const openReview = (id: string) => {
    setReviewRequest((r) => ({ id, seq: (r?.seq ?? 0) + 1 }));
    setTab('draft');
  };
  /** 审查此稿 on a library row: the document's review (opened again if it exists) */
  const reviewDocument = (docId: string, name: string) => {
    setReviewRequest((r) => ({ kind: 'document', docId, name: name || docId, seq: (r?.seq ?? 0) + 1 }));
    setTab('draft');
  };
  // notes are the document's wherever they were written (review, compare view): read them again on each tab
  const reloadNotes = notes.reload;
  useEffect(() => reloadNotes(), [tab, reloadNotes]);

  return (
    <div
      className={settings.density === 'compact' ? 'app density-compact' : 'app'}
      style={{ ['--font-scale' as string]: String(settings.fontScale || 1) }}
    >
      <header className="app-bar">
        <span className="app-name">Precedent 政策比对</span>
        <nav className="tabs" role="tablist" aria-label="功能" onKeyDown={onTabKey}>
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              tabIndex={tab === t.id ? 0 : -1}
              data-testid={`nav-${t.id}`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </nav>
        <button
          type="button"
          className="search-button"
          data-testid="search-open"
          onClick={() => setSearching(true)}
          title="在全部文件中搜索(Ctrl+Shift+F 或 Ctrl+K);Ctrl+F 在当前页面中查找"
        >
          搜索 <kbd>Ctrl+Shift+F</kbd>
        </button>
      </header>
      {messages.length > 0 && (
        <div className="banner" role="alert" data-testid="startup-banner">
          {messages.map((m, i) => (
            <p key={i}>
              {m.zh} <span className="en">{m.en}</span>
            </p>
          ))}
          <button type="button" onClick={() => setMessages([])}>
            知道了
          </button>
        </div>
      )}
      {libraryError && (
        <div className="banner error" role="alert">
          {libraryError}
        </div>
      )}
      <main className="app-main">
        {tab === 'start' && (
          <StartScreen
            onCompare={compare}
            onRead={read}
            onReview={openReview}
            onLibrary={() => setTab('library')}
            onDraft={() => setTab('draft')}
          />
        )}
        {tab === 'library' && (
          <LibraryPanel
            documents={library}
            picked={picked}
            onPick={setPicked}
            onChanged={reloadLibrary}
            onCompare={compare}
            onRead={read}
            onReview={reviewDocument}
          />
        )}
        {tab === 'compare' && !target && (
          <EmptyState text="还没有打开比对。在文库中勾选 2–4 份文件,再点“比对所选”。" action="去文库" onAction={() => setTab('library')} />
        )}
        {target && (
          // kept mounted while another tab is open, so the current row and scroll position survive a look at the reader
          <div className={tab === 'compare' ? 'tab-pane' : 'tab-pane tab-pane-away'} aria-hidden={tab !== 'compare'}>
            <CompareView
              key={target.ids.join('\u0000')}
              active={tab === 'compare'}
              target={target}
              library={library}
              settings={settings}
              notes={notes}
              exportSeq={exportSeq}
              onSettings={changeSettings}
              onPivot={(pivot) => setTarget({ ids: target.ids, pivot, at: position })}
              onRead={read}
              onPosition={setPosition}
            />
          </div>
        )}
        {tab === 'reader' &&
          (readerId ? (
            <ReaderView
              key={`${readerId.docId}/${readerId.unitId ?? ''}/${readerId.query ?? ''}`}
              docId={readerId.docId}
              unitId={readerId.unitId}
              query={readerId.query}
              notes={notes}
            />
          ) : (
            <EmptyState
              text="还没有打开文件。在文库中点某份文件的“阅读”,或用搜索(Ctrl+K)找到条款后点“阅读”。"
              action="去文库"
              onAction={() => setTab('library')}
            />
          ))}
        {(tab === 'draft' || draftOpened) && (
          <div className="tab-pane" hidden={tab !== 'draft'}>
            <DraftWorkspace reopen={reviewRequest} />
          </div>
        )}
      </main>
      {searching && (
        <SearchPanel
          library={library}
          onClose={() => setSearching(false)}
          onOpen={(docId, unitId, query) => {
            setSearching(false);
            read(docId, unitId, query);
          }}
          onAdd={(docId) => {
            setSearching(false);
            addToComparison(docId);
          }}
        />
      )}
    </div>
  );
}
