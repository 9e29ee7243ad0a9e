import { createHash } from 'node:crypto'

/**
 * The page's one script, for patients whose browser runs it: a form marked `data-enhanced`
 * posts in the background (asking for JSON) and the page swaps in the parts the server sends
 * back, announcing the result, with no reload. Without it the same forms post and come back.
 * Constant text: the CSP allows it by its hash and nothing else.
 */
export const PAGE_SCRIPT = `(()=>{
const live=document.getElementById('page-status');
document.addEventListener('submit',async(event)=>{
const form=event.target;
if(!(form instanceof HTMLFormElement)||!form.hasAttribute('data-enhanced')||!window.fetch){return}
event.preventDefault();
const body=new URLSearchParams(new FormData(form));
const by=event.submitter;
if(by&&by.name){body.set(by.name,by.value)}
const error=form.querySelector('.form-error');
form.setAttribute('aria-busy','true');
let answer;
try{
const response=await fetch(form.getAttribute('action'),{method:'POST',body,headers:{Accept:'application/json'},credentials:'same-origin'});
answer=await response.json();
}catch(_){answer={errors:[{message:form.getAttribute('data-offline')||'Not saved: check your connection and try again.'}]}}
form.removeAttribute('aria-busy');
if(answer.errors){if(error){error.textContent=answer.errors[0].message}return}
for(const html of answer.fragments){
const template=document.createElement('template');
template.innerHTML=html;
const fresh=template.content.firstElementChild;
const old=fresh&&document.getElementById(fresh.id);
if(old){old.replaceWith(fresh)}
}
if(live){live.textContent=answer.message}
const focus=answer.focus&&document.getElementById(answer.focus);
if(focus){focus.focus()}
});
})();`

export const PAGE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(PAGE_SCRIPT).digest('base64')}'`
