//! The text kept between visits, in the browser's IndexedDB (room for texts of 50 MB and
//! more, where local storage holds about 5 MB). Each open tab keeps its text under its own
//! key with the time it was last edited, so a save never overwrites another tab's newer text;
//! opening takes the newest text of all and removes the older ones. Nothing leaves the device.

use js_sys::{Date, Math, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbRequestReadyState,
    IdbTransaction, IdbTransactionMode,
};

const DATABASE: &str = "nutgraf";
const STORE: &str = "texts";

/// A text as saved, with when it was last edited.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedText {
    /// The text.
    pub text: String,
    /// When it was last edited, in milliseconds since 1970 (as `Date.now()`).
    pub edited: f64,
}

/// Why storage did not keep or give back a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refuses storage (turned off, or a private window that allows none).
    Refused(String),
    /// The browser has no room left for this text.
    Full,
}

/// This tab's connection to the saved texts.
pub struct TextStore {
    database: IdbDatabase,
    tab: String,
}

impl TextStore {
    /// Opens the store (creating it on a first visit), taking over the opening the page's
    /// `boot.js` began when there is one.
    pub async fn open() -> Result<Self, StoreError> {
        let refused = |error: JsValue| StoreError::Refused(describe(&error));
        let database: IdbDatabase = match early_opening() {
            Some(opening) if opening.ready_state() == IdbRequestReadyState::Done => match opening.error() {
                Ok(None) => opening.result().map_err(refused)?,
                Ok(Some(error)) => return Err(refused(error.into())),
                Err(error) => return Err(refused(error)),
            },
            Some(opening) => finished(&opening).await.map_err(refused)?,
            None => finished(&Self::begin_opening()?.into()).await.map_err(refused)?,
        }
        .unchecked_into();
        // A newer version of the store, or its deletion, waits for no one: this tab lets go.
        let let_go = Closure::once_into_js({
            let database = database.clone();
            move || database.close()
        });
        database.set_onversionchange(Some(let_go.unchecked_ref()));
        let tab = format!("tab-{}-{}", Date::now(), Math::random());
        Ok(Self { database, tab })
    }

    /// Asks the browser to open the store, creating it on a first visit.
    fn begin_opening() -> Result<IdbOpenDbRequest, StoreError> {
        let refused = |error: JsValue| StoreError::Refused(describe(&error));
        let factory = web_sys::window()
            .ok_or_else(|| StoreError::Refused("no window".to_owned()))?
            .indexed_db()
            .map_err(refused)?
            .ok_or_else(|| StoreError::Refused("this browser has no IndexedDB".to_owned()))?;
        let opening = factory.open_with_u32(DATABASE, 1).map_err(refused)?;
        let upgrade = Closure::once_into_js({
            let opening = opening.clone();
            move || {
                if let Ok(database) = opening.result().and_then(JsCast::dyn_into::<IdbDatabase>) {
                    let _ = database.create_object_store(STORE);
                }
            }
        });
        opening.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
        Ok(opening)
    }

    /// Saves `text` as this tab's text, last edited at `edited`. The write is handed to the
    /// browser before this returns (so that it also happens when the page is closing); the
    /// future tells whether it was kept.
    pub fn save(&self, text: &str, edited: f64) -> impl std::future::Future<Output = Result<(), StoreError>> {
        let written = self.write(&self.tab, text, edited);
        async move { kept(written?.await) }
    }

    /// Puts a text kept elsewhere (in local storage, by a version before IndexedDB or by a
    /// page closed while its store was opening) into the store, with its edit time.
    pub async fn adopt(&self, saved: &SavedText) -> Result<(), StoreError> {
        let key = format!("adopted-{}", saved.edited);
        kept(self.write(&key, &saved.text, saved.edited)?.await)
    }

    /// The newest saved text of every tab; older ones are removed.
    pub async fn newest(&self) -> Result<Option<SavedText>, StoreError> {
        let refused = |error: JsValue| StoreError::Refused(describe(&error));
        let (transaction, store) = self.store(IdbTransactionMode::Readwrite).map_err(refused)?;
        let keys = store.get_all_keys().map_err(refused)?;
        let values = store.get_all().map_err(refused)?;
        let keys: js_sys::Array = finished(&keys).await.map_err(refused)?.unchecked_into();
        let values: js_sys::Array = finished(&values).await.map_err(refused)?.unchecked_into();
        let saved: Vec<(JsValue, SavedText)> = keys
            .iter()
            .zip(values.iter())
            .filter_map(|(key, value)| Some((key, saved_text(&value)?)))
            .collect();
        let newest = saved
            .iter()
            .map(|(_, saved)| saved.edited)
            .fold(f64::NEG_INFINITY, f64::max);
        let mut kept = None;
        for (key, saved) in saved {
            if kept.is_none() && saved.edited == newest {
                kept = Some(saved);
            } else {
                let _ = store.delete(&key);
            }
        }
        let _ = completed(&transaction).await;
        Ok(kept)
    }

    fn store(&self, mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), JsValue> {
        let transaction = self.database.transaction_with_str_and_mode(STORE, mode)?;
        let store = transaction.object_store(STORE)?;
        Ok((transaction, store))
    }

    /// Puts `text` under `key` and commits at once.
    fn write(&self, key: &str, text: &str, edited: f64) -> Result<JsFuture, StoreError> {
        let refused = |error: JsValue| StoreError::Refused(describe(&error));
        let (transaction, store) = self.store(IdbTransactionMode::Readwrite).map_err(refused)?;
        let record = Object::new();
        let _ = Reflect::set(&record, &"text".into(), &crate::js_text::to_js(text));
        let _ = Reflect::set(&record, &"edited".into(), &JsValue::from_f64(edited));
        store
            .put_with_key(&record, &JsValue::from_str(key))
            .map_err(|error| classify(&error))?;
        // `commit` asks the browser to write now rather than when this task ends, which a
        // closing page may not reach.
        #[allow(deprecated)]
        let _ = transaction.commit();
        Ok(completed(&transaction))
    }
}

/// The record's text and time, if it is one of ours.
fn saved_text(value: &JsValue) -> Option<SavedText> {
    Some(SavedText {
        text: Reflect::get(value, &"text".into()).ok()?.as_string()?,
        edited: Reflect::get(value, &"edited".into()).ok()?.as_f64()?,
    })
}

/// The opening of the store the page's `boot.js` began, taken once (a later opening is the
/// app's own).
fn early_opening() -> Option<IdbOpenDbRequest> {
    let global = js_sys::global();
    let key = JsValue::from_str("nutgrafStoreOpening");
    let opening = Reflect::get(&global, &key)
        .ok()?
        .dyn_into::<IdbOpenDbRequest>()
        .ok()?;
    let _ = Reflect::delete_property(global.unchecked_ref::<Object>(), &key);
    Some(opening)
}

/// Resolves with the request's result once it succeeds.
async fn finished(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_success = Closure::once_into_js({
            let request = request.clone();
            move || resolve.call1(&JsValue::NULL, &request.result().unwrap_or(JsValue::UNDEFINED))
        });
        let on_error = Closure::once_into_js({
            let request = request.clone();
            move || {
                reject.call1(
                    &JsValue::NULL,
                    &request.error().map(JsValue::from).unwrap_or_default(),
                )
            }
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Resolves once the transaction is written; fails with why it was not.
fn completed(transaction: &IdbTransaction) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || resolve.call0(&JsValue::NULL));
        let on_failure = Closure::<dyn Fn()>::new({
            let transaction = transaction.clone();
            move || {
                let error = transaction.error().map(JsValue::from).unwrap_or_default();
                let _ = reject.call1(&JsValue::NULL, &error);
            }
        })
        .into_js_value();
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onerror(Some(on_failure.unchecked_ref()));
        transaction.set_onabort(Some(on_failure.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Whether a finished write was kept.
fn kept(written: Result<JsValue, JsValue>) -> Result<(), StoreError> {
    written.map(drop).map_err(|error| classify(&error))
}

/// A quota error is [`StoreError::Full`]; anything else a refusal.
fn classify(error: &JsValue) -> StoreError {
    match error.dyn_ref::<DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => StoreError::Full,
        _ => StoreError::Refused(describe(error)),
    }
}

/// What an error says, for a message.
fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<DomException>() {
        Some(exception) => format!("{}: {}", exception.name(), exception.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}
