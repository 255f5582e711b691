import { createRoot } from 'react-dom/client';
import { HashRouter, Routes, Route, Link, useNavigate, useLocation, Navigate, Outlet } from 'react-router';
function P() { const n = useNavigate(); const l = useLocation(); return <div onClick={() => n('/x')}>{l.pathname}<Link to="/">a</Link><Navigate to="/"/><Outlet/></div>; }
createRoot(document.body).render(<HashRouter><Routes><Route path="/" element={<P />}><Route path="x" element={<P/>}/></Route></Routes></HashRouter>);
